package io.quanyu.extract.fund;

import io.quanyu.extract.ExtractProperties;
import io.quanyu.extract.file.DatedFiles;
import io.quanyu.extract.file.SourceFile;
import io.quanyu.extract.ods.LoadWindow;
import io.quanyu.extract.ods.OdsSteps;
import io.quanyu.extract.ods.WindowKind;
import org.springframework.batch.core.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Extracts the street finance offices' monthly ledgers ({@code <street code>/<街道名>yyyy年MM月经费台账.xlsx}). The
 * month of the logical date is still being booked and is read again each day until it closes. The workbooks are read
 * in parallel parts.
 */
@Configuration(proxyBeanMethods = false)
public class FundLedgerExtractJobConfiguration
{
    public static final String JOB_NAME = "fundLedgerExtractJob";
    public static final String SOURCE_SYSTEM = "fund-ledger";
    private static final Pattern FILE = Pattern.compile(".*?(\\d{4})年(\\d{2})月经费台账\\.xlsx");

    @Bean(JOB_NAME)
    public Job fundLedgerExtractJob(OdsSteps steps, ExtractProperties properties)
    {
        return steps.job(JOB_NAME, steps.fileLoad(SOURCE_SYSTEM, "ods_fund_entry", WindowKind.MONTHLY_FILES,
                window -> files(properties.sources().fundLedgerFolder(), window),
                (logicalDate, files) -> new LedgerWorkbookReader("fundLedgerReader", files)));
    }

    private static List<SourceFile> files(Path root, LoadWindow window)
    {
        List<SourceFile> files = new ArrayList<>();
        for (Path street : DatedFiles.folders(root)) {
            files.addAll(DatedFiles.monthly(street, FILE, street.getFileName() + "/", window));
        }
        return files;
    }
}
