package io.quanyu.source.grid;

import io.quanyu.source.csv.CsvDialect;
import io.quanyu.source.csv.CsvRowDefects;
import io.quanyu.source.csv.CsvRowDefects.Roles;
import io.quanyu.source.csv.DefectiveCsvWriter;
import io.quanyu.source.defect.DefectManifest;
import io.quanyu.source.defect.DefectPlan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * Writes one district's daily grid platform exports: {@code grids-yyyymmdd.csv} and {@code grid-workers-yyyymmdd.csv}
 * in the district's dialect. The first day holds the full state, each later day what changed that day. Planned
 * defects are written into the rows and recorded in the manifest.
 */
public final class GridPlatformExporter
{
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Roles GRID_ROLES = new Roles("grid_code", "grid_name", "community_code", "households", "created_on", null);
    private static final Roles WORKER_ROLES = new Roles("worker_id", "name", null, null, "hired_on", "grid_code");

    private final Path folder;
    private final String districtCode;
    private final CsvDialect gridDialect;
    private final CsvDialect workerDialect;
    private final CsvRowDefects defects;

    public GridPlatformExporter(Path folder, String districtCode, int districtIndex, DefectPlan defects, DefectManifest manifest,
            Predicate<String> knownDivision)
    {
        this.folder = requireNonNull(folder, "folder is null");
        this.districtCode = requireNonNull(districtCode, "districtCode is null");
        this.gridDialect = GridExportDialects.grids(districtCode, districtIndex);
        this.workerDialect = GridExportDialects.workers(districtCode, districtIndex);
        this.defects = new CsvRowDefects(source(), defects, manifest, knownDivision);
    }

    public String source()
    {
        return "grid-platform-" + districtCode;
    }

    public void export(LocalDate day, GridHistory changes)
    {
        String gridFile = "grids-" + FILE_DATE.format(day) + ".csv";
        try (DefectiveCsvWriter writer = new DefectiveCsvWriter(folder.resolve(gridFile), gridDialect)) {
            for (Grid grid : changes.grids()) {
                defects.write(writer, districtCode + "/" + gridFile, day, gridRow(grid), GRID_ROLES, gridDialect.dateFormat());
            }
        }
        String workerFile = "grid-workers-" + FILE_DATE.format(day) + ".csv";
        try (DefectiveCsvWriter writer = new DefectiveCsvWriter(folder.resolve(workerFile), workerDialect)) {
            for (GridWorker worker : changes.workers()) {
                defects.write(writer, districtCode + "/" + workerFile, day, workerRow(worker), WORKER_ROLES, workerDialect.dateFormat());
            }
        }
    }

    private Map<String, String> gridRow(Grid grid)
    {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("grid_code", grid.code());
        row.put("grid_name", grid.name());
        row.put("community_code", grid.communityCode());
        row.put("households", Integer.toString(grid.households()));
        row.put("micro_grids", Integer.toString(grid.microGrids()));
        row.put("status", grid.status());
        row.put("created_on", gridDialect.dateFormat().format(grid.createdOn()));
        row.put("split_from", grid.splitFrom() == null ? "" : grid.splitFrom());
        row.put("updated_on", gridDialect.dateFormat().format(grid.changedOn()));
        return row;
    }

    private Map<String, String> workerRow(GridWorker worker)
    {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("worker_id", worker.id());
        row.put("name", worker.name());
        row.put("gender", worker.gender());
        row.put("role", worker.role().label());
        row.put("grid_code", worker.gridCode());
        row.put("mobile", worker.mobile());
        row.put("hired_on", workerDialect.dateFormat().format(worker.hiredOn()));
        row.put("status", worker.status());
        row.put("updated_on", workerDialect.dateFormat().format(worker.changedOn()));
        return row;
    }
}
