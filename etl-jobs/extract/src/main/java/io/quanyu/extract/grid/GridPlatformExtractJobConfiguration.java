package io.quanyu.extract.grid;

import io.quanyu.extract.ExtractProperties;
import io.quanyu.extract.file.CsvSourceReader;
import io.quanyu.extract.file.DatedFiles;
import io.quanyu.extract.file.HeaderEncoding;
import io.quanyu.extract.file.SourceFile;
import io.quanyu.extract.ods.LoadWindow;
import io.quanyu.extract.ods.OdsSteps;
import io.quanyu.extract.ods.WindowKind;
import io.quanyu.spark.WarehouseTables;
import org.springframework.batch.core.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts every district grid platform's daily CSV exports (the first day the full state, later days the changes)
 * dated in the load's window. Each district names, orders and dates its columns its own way and half write GBK: the
 * columns map by the source names declared for ods_grid and ods_grid_worker, and each file's encoding is told by its
 * header line. The files are read in parallel parts.
 */
@Configuration(proxyBeanMethods = false)
public class GridPlatformExtractJobConfiguration
{
    public static final String JOB_NAME = "gridPlatformExtractJob";
    public static final String SOURCE_SYSTEM = "grid-platform";

    @Bean(JOB_NAME)
    public Job gridPlatformExtractJob(OdsSteps steps, ExtractProperties properties, WarehouseTables tables)
    {
        Path root = properties.sources().gridPlatformFolder();
        return steps.job(JOB_NAME,
                steps.fileLoad(SOURCE_SYSTEM, "ods_grid", WindowKind.CHANGES, window -> files(root, "grids-", window), (logicalDate, files) ->
                        new CsvSourceReader("gridReader", files, HeaderEncoding.OF_HEADER_LINE, tables.definition("ods_grid"))),
                steps.fileLoad(SOURCE_SYSTEM, "ods_grid_worker", WindowKind.CHANGES, window -> files(root, "grid-workers-", window), (logicalDate, files) ->
                        new CsvSourceReader("gridWorkerReader", files, HeaderEncoding.OF_HEADER_LINE, tables.definition("ods_grid_worker"))));
    }

    private static List<SourceFile> files(Path root, String prefix, LoadWindow window)
    {
        List<SourceFile> files = new ArrayList<>();
        for (Path district : DatedFiles.folders(root)) {
            files.addAll(DatedFiles.daily(district, prefix, district.getFileName() + "/", window));
        }
        return files;
    }
}
