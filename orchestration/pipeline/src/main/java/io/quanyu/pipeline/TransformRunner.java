package io.quanyu.pipeline;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import io.quanyu.transform.calendar.DateDimensionJob;
import io.quanyu.transform.organization.OrganizationDimensionJob;
import io.quanyu.transform.quality.DataTestReport;
import io.quanyu.transform.quality.DataTestRunner;
import io.quanyu.transform.organization.PartyOrganizationDailyJob;
import io.quanyu.transform.region.RegionDimensionJob;
import org.apache.spark.sql.SparkSession;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** Runs the Spark transform jobs for a logical date, dimensions before facts, then the data tests of what they built. */
@Component
class TransformRunner
{
    private final List<TransformJob> jobs;
    private final DataTestRunner dataTests;

    TransformRunner(SparkSession spark, WarehouseTables tables)
    {
        this.dataTests = new DataTestRunner(spark, tables);
        this.jobs = List.of(new DateDimensionJob(spark, tables), new RegionDimensionJob(tables), new OrganizationDimensionJob(tables),
                new PartyOrganizationDailyJob(tables));
    }

    void transform(LocalDate logicalDate)
    {
        for (TransformJob job : jobs) {
            long start = System.nanoTime();
            long rows = job.run(logicalDate);
            System.out.printf("[transform] %-28s %s: wrote %,d rows in %.1f s%n", job.table(), logicalDate, rows, (System.nanoTime() - start) / 1e9);
        }
        long start = System.nanoTime();
        DataTestReport report = dataTests.run(jobs.stream().map(TransformJob::table).toList(), logicalDate);
        report.warnings().forEach(warning -> System.out.printf("[quality]   warning: %s%n", warning));
        report.blockingFailures().forEach(failure -> System.out.printf("[quality]   FAILED: %s%n", failure));
        System.out.printf("[quality] %s: %d data tests on %d tables, %d failed (%d error-level) in %.1f s%n", logicalDate, report.results().size(), jobs.size(),
                report.warnings().size() + report.blockingFailures().size(), report.blockingFailures().size(), (System.nanoTime() - start) / 1e9);
        report.requirePassed();
    }
}
