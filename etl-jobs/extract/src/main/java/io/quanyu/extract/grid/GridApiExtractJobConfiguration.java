package io.quanyu.extract.grid;

import io.quanyu.extract.ExtractProperties;
import io.quanyu.extract.ods.OdsSteps;
import io.quanyu.extract.ods.WindowKind;
import org.springframework.batch.core.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Extracts the API district's grid platform over its paginated JSON API by {@code updated_since} into the same ODS
 * tables as the CSV exports, as source {@code grid-platform-api}; the warehouse keeps one record per grid.
 */
@Configuration(proxyBeanMethods = false)
public class GridApiExtractJobConfiguration
{
    public static final String JOB_NAME = "gridApiExtractJob";
    public static final String SOURCE_SYSTEM = "grid-platform-api";

    @Bean(JOB_NAME)
    public Job gridApiExtractJob(OdsSteps steps, ExtractProperties properties)
    {
        return steps.job(JOB_NAME,
                steps.load(SOURCE_SYSTEM, "ods_grid", WindowKind.CHANGES, (logicalDate, window) ->
                        new GridApiReader("gridApiReader", baseUrl(properties.sources()), "grids", window, logicalDate)),
                steps.load(SOURCE_SYSTEM, "ods_grid_worker", WindowKind.CHANGES, (logicalDate, window) ->
                        new GridApiReader("gridWorkerApiReader", baseUrl(properties.sources()), "grid-workers", window, logicalDate)));
    }

    /** The configured URL, or the simulator's server on localhost at the port it wrote down. */
    static String baseUrl(ExtractProperties.Sources sources)
            throws IOException
    {
        if (sources.gridApiUrl() != null && !sources.gridApiUrl().isBlank()) {
            return sources.gridApiUrl().replaceAll("/+$", "");
        }
        Path portFile = sources.gridApiPortFile();
        if (portFile == null || !Files.isRegularFile(portFile)) {
            throw new IllegalStateException("the grid platform API is not running: no quanyu.sources.grid-api-url and no port file " + portFile
                    + " (start it with ./quanyu source-api)");
        }
        return "http://127.0.0.1:" + Files.readString(portFile).strip();
    }
}
