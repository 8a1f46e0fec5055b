package io.quanyu.extract.staff;

import io.quanyu.extract.ExtractProperties;
import io.quanyu.extract.file.CsvSourceReader;
import io.quanyu.extract.file.DatedFiles;
import io.quanyu.extract.ods.OdsSteps;
import io.quanyu.extract.ods.WindowKind;
import io.quanyu.spark.WarehouseTables;
import org.springframework.batch.core.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Extracts the HR system's monthly roster exports ({@code roster-yyyymm.csv}, UTF-8 with a byte-order mark). The
 * month of the logical date is still open and is read again each day until it closes. The months are read in parallel parts.
 */
@Configuration(proxyBeanMethods = false)
public class StaffRosterExtractJobConfiguration
{
    public static final String JOB_NAME = "staffRosterExtractJob";
    public static final String SOURCE_SYSTEM = "hr-roster";
    private static final Pattern FILE = Pattern.compile("roster-(\\d{4})(\\d{2})\\.csv");

    @Bean(JOB_NAME)
    public Job staffRosterExtractJob(OdsSteps steps, ExtractProperties properties, WarehouseTables tables)
    {
        return steps.job(JOB_NAME, steps.fileLoad(SOURCE_SYSTEM, "ods_staff_roster", WindowKind.MONTHLY_FILES,
                window -> DatedFiles.monthly(properties.sources().staffRosterFolder(), FILE, "", window),
                (logicalDate, files) -> new CsvSourceReader("staffRosterReader", files, file -> StandardCharsets.UTF_8, tables.definition("ods_staff_roster"))));
    }
}
