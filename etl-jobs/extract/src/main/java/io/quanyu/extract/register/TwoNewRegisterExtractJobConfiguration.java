package io.quanyu.extract.register;

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
import java.util.regex.Pattern;

/**
 * Extracts the districts' 两新 registers: per district a CSV snapshot at each month's end
 * ({@code two-new-organizations-yyyymm.csv}), every other district in GBK, told by its header line. The month of the
 * logical date is still open and is read again each day until it closes.
 */
@Configuration(proxyBeanMethods = false)
public class TwoNewRegisterExtractJobConfiguration
{
    public static final String JOB_NAME = "twoNewRegisterExtractJob";
    public static final String SOURCE_SYSTEM = "two-new-register";
    private static final Pattern FILE = Pattern.compile("two-new-organizations-(\\d{4})(\\d{2})\\.csv");

    @Bean(JOB_NAME)
    public Job twoNewRegisterExtractJob(OdsSteps steps, ExtractProperties properties, WarehouseTables tables)
    {
        Path root = properties.sources().twoNewRegisterFolder();
        return steps.job(JOB_NAME, steps.fileLoad(SOURCE_SYSTEM, "ods_two_new_organization", WindowKind.MONTHLY_FILES, window -> files(root, window),
                (logicalDate, files) -> new CsvSourceReader("twoNewRegisterReader", files, HeaderEncoding.OF_HEADER_LINE,
                        tables.definition("ods_two_new_organization"))));
    }

    private static List<SourceFile> files(Path root, LoadWindow window)
    {
        List<SourceFile> files = new ArrayList<>();
        for (Path district : DatedFiles.folders(root)) {
            files.addAll(DatedFiles.monthly(district, FILE, district.getFileName() + "/", window));
        }
        return files;
    }
}
