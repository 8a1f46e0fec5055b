package io.quanyu.source.grid;

import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.csv.CsvDialect;
import io.quanyu.source.csv.DefectiveCsvWriter;
import io.quanyu.source.defect.Defect;
import io.quanyu.source.defect.DefectKind;
import io.quanyu.source.defect.DefectManifest;
import io.quanyu.source.defect.DefectPlan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
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
    private static final List<DefectKind> GRID_DEFECTS = List.of(DefectKind.DUPLICATE_ROW, DefectKind.UNKNOWN_DIVISION_CODE,
            DefectKind.MISSING_REQUIRED_FIELD, DefectKind.ABSURD_VALUE, DefectKind.FUTURE_DATE, DefectKind.NAME_VARIANT, DefectKind.BROKEN_ENCODING);
    private static final List<DefectKind> WORKER_DEFECTS = List.of(DefectKind.DUPLICATE_ROW, DefectKind.MISSING_REQUIRED_FIELD,
            DefectKind.ORPHAN_REFERENCE, DefectKind.FUTURE_DATE, DefectKind.NAME_VARIANT, DefectKind.BROKEN_ENCODING);

    private final Path folder;
    private final String districtCode;
    private final CsvDialect gridDialect;
    private final CsvDialect workerDialect;
    private final DefectPlan defects;
    private final DefectManifest manifest;
    private final Predicate<String> knownDivision;

    public GridPlatformExporter(Path folder, String districtCode, int districtIndex, DefectPlan defects, DefectManifest manifest,
            Predicate<String> knownDivision)
    {
        this.folder = requireNonNull(folder, "folder is null");
        this.districtCode = requireNonNull(districtCode, "districtCode is null");
        this.gridDialect = GridExportDialects.grids(districtCode, districtIndex);
        this.workerDialect = GridExportDialects.workers(districtCode, districtIndex);
        this.defects = requireNonNull(defects, "defects is null");
        this.manifest = requireNonNull(manifest, "manifest is null");
        this.knownDivision = requireNonNull(knownDivision, "knownDivision is null");
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
                write(writer, gridFile, day, grid.code(), gridRow(grid), GRID_DEFECTS, "grid_name");
            }
        }
        String workerFile = "grid-workers-" + FILE_DATE.format(day) + ".csv";
        try (DefectiveCsvWriter writer = new DefectiveCsvWriter(folder.resolve(workerFile), workerDialect)) {
            for (GridWorker worker : changes.workers()) {
                write(writer, workerFile, day, worker.id(), workerRow(worker), WORKER_DEFECTS, "name");
            }
        }
    }

    private void write(DefectiveCsvWriter writer, String file, LocalDate day, String key, Map<String, String> row, List<DefectKind> applicable,
            String nameField)
    {
        Optional<DefectKind> defect = defects.pick(source(), file + "|" + key, applicable);
        if (defect.isEmpty()) {
            writer.write(row);
            return;
        }
        SplittableRandom random = SeededRandom.forKey(defects.seed(), "defect-value|" + source(), file + "|" + key);
        String field = switch (defect.get()) {
            case DUPLICATE_ROW -> {
                writer.write(row);
                yield row.containsKey("grid_name") ? "grid_code" : "worker_id";
            }
            case UNKNOWN_DIVISION_CODE -> {
                row.put("community_code", unknownCode(row.get("community_code")));
                yield "community_code";
            }
            case MISSING_REQUIRED_FIELD -> {
                row.put(nameField, "");
                yield nameField;
            }
            case ABSURD_VALUE -> {
                row.put("households", random.nextBoolean() ? "-" + (1 + random.nextInt(99)) : "9999999");
                yield "households";
            }
            case FUTURE_DATE -> {
                String dateField = row.containsKey("created_on") ? "created_on" : "hired_on";
                row.put(dateField, gridDialect.dateFormat().format(day.plusDays(200 + random.nextInt(600))));
                yield dateField;
            }
            case ORPHAN_REFERENCE -> {
                row.put("grid_code", row.get("grid_code").substring(0, 12) + "998");
                yield "grid_code";
            }
            case NAME_VARIANT -> {
                row.put(nameField, variant(row.get(nameField), random));
                yield nameField;
            }
            case BROKEN_ENCODING -> nameField;
        };
        int line = defect.get() == DefectKind.BROKEN_ENCODING ? writer.writeWithBrokenBytes(row, nameField) : writer.write(row);
        manifest.record(new Defect(source(), districtCode + "/" + file + ":" + line, defect.get(), field, key));
    }

    private String unknownCode(String communityCode)
    {
        for (int suffix = 999; suffix > 900; suffix--) {
            String candidate = communityCode.substring(0, 9) + suffix;
            if (!knownDivision.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no unknown code left near " + communityCode);
    }

    /** Full-width digits where the name has digits, otherwise trailing (ideographic or plain) spaces. */
    static String variant(String name, SplittableRandom random)
    {
        if (name.chars().anyMatch(Character::isDigit)) {
            StringBuilder wide = new StringBuilder();
            name.chars().forEach(character -> wide.append(Character.isDigit(character) ? (char) (character - '0' + '０') : (char) character));
            return wide.toString();
        }
        return name + (random.nextBoolean() ? "  " : "\u3000");
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
