package io.quanyu.extract.division;

import io.quanyu.extract.ExtractProperties;
import io.quanyu.extract.file.CsvSourceReader;
import io.quanyu.extract.file.SourceEncoding;
import io.quanyu.extract.file.SourceFile;
import io.quanyu.extract.ods.OdsSteps;
import io.quanyu.extract.ods.WindowKind;
import io.quanyu.spark.WarehouseTables;
import org.springframework.batch.core.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Extracts the city's division register (a UTF-8 CSV file) into {@code ods_division}, the whole register each date. */
@Configuration(proxyBeanMethods = false)
public class DivisionExtractJobConfiguration
{
    public static final String JOB_NAME = "divisionExtractJob";
    public static final String SOURCE_SYSTEM = "division-register";
    static final String TABLE = "ods_division";

    @Bean(JOB_NAME)
    public Job divisionExtractJob(OdsSteps steps, ExtractProperties properties, WarehouseTables tables)
    {
        Path file = properties.sources().divisionsFile();
        return steps.job(JOB_NAME, steps.load(SOURCE_SYSTEM, TABLE, WindowKind.SNAPSHOT, (logicalDate, window) -> new CsvSourceReader("divisionReader",
                List.of(new SourceFile(file, file.getFileName().toString(), logicalDate)), SourceEncoding.always(StandardCharsets.UTF_8), tables.definition(TABLE))));
    }
}
