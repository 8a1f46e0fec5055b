package io.quanyu.extract.staff;

import io.quanyu.extract.ExtractProperties;
import io.quanyu.extract.file.CsvSourceReader;
import io.quanyu.extract.file.DatedFiles;
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
import java.util.regex.Pattern;

/**
 * Extracts the local average wages the HR system keeps beside its rosters ({@code local-average-wage.csv}, read whole
 * each date) and its monthly roster exports ({@code roster-yyyymm.csv}, UTF-8 with a byte-order mark). The
 * month of the logical date is still open and is read again each day until it closes. The months are read in parallel parts.
 */
@Configuration(proxyBeanMethods = false)
public class StaffRosterExtractJobConfiguration
{
    public static final String JOB_NAME = "staffRosterExtractJob";
    public static final String SOURCE_SYSTEM = "hr-roster";
    private static final Pattern FILE = Pattern.compile("roster-(\\d{4})(\\d{2})\\.csv");
    private static final String WAGES_FILE = "local-average-wage.csv";

    @Bean(JOB_NAME)
    public Job staffRosterExtractJob(OdsSteps steps, ExtractProperties properties, WarehouseTables tables)
    {
        Path wages = properties.sources().staffRosterFolder().resolve(WAGES_FILE);
        return steps.job(JOB_NAME,
                steps.load(SOURCE_SYSTEM, "ods_local_wage", WindowKind.SNAPSHOT, (logicalDate, window) -> new CsvSourceReader("localWageReader",
                        List.of(new SourceFile(wages, WAGES_FILE, logicalDate)), SourceEncoding.always(StandardCharsets.UTF_8), tables.definition("ods_local_wage"))),
                steps.fileLoad(SOURCE_SYSTEM, "ods_staff_roster", WindowKind.MONTHLY_FILES,
                        window -> DatedFiles.monthly(properties.sources().staffRosterFolder(), FILE, "", window),
                        (logicalDate, files) -> new CsvSourceReader("staffRosterReader", files, SourceEncoding.always(StandardCharsets.UTF_8), tables.definition("ods_staff_roster"))));
    }
}
