package io.quanyu.transform;

import io.quanyu.schema.MetricCatalogue;
import io.quanyu.schema.TableDefinition;
import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.calendar.DateDimensionJob;
import io.quanyu.transform.event.ServiceEventDailyJob;
import io.quanyu.transform.fund.FundMonthlyJob;
import io.quanyu.transform.fund.FundStandardYearlyJob;
import io.quanyu.transform.member.MemberPointMonthlyJob;
import io.quanyu.transform.event.ServiceEventSnapshotJob;
import io.quanyu.transform.grid.GridDimensionJob;
import io.quanyu.transform.grid.GridMonthlyJob;
import io.quanyu.transform.metric.MetricMonthlyJob;
import io.quanyu.transform.metric.MetricWarningJob;
import io.quanyu.transform.organization.OrganizationConformanceJob;
import io.quanyu.transform.organization.OrganizationDimensionJob;
import io.quanyu.transform.organization.PartyOrganizationDailyJob;
import io.quanyu.transform.publish.DayPublication;
import io.quanyu.transform.quality.DataTestReport;
import io.quanyu.transform.quality.DataTestRunner;
import io.quanyu.transform.reference.ReferenceTableJob;
import io.quanyu.transform.region.RegionDimensionJob;
import io.quanyu.transform.staff.StaffDimensionJob;
import io.quanyu.transform.staff.StaffMonthlyJob;
import io.quanyu.transform.staff.StaffPayYearlyJob;
import org.apache.spark.sql.SparkSession;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Builds the warehouse for a logical date: the transform jobs in order (dimensions before facts) on the day's
 * branches, then the data tests of every table built, then publication of all of them, or of none when an
 * error-level test failed.
 */
public final class DailyWarehouseBuild
{
    private final SparkSession spark;
    private final WarehouseTables tables;
    private final List<TransformJob> jobs;

    public DailyWarehouseBuild(SparkSession spark, WarehouseTables tables, List<TransformJob> jobs)
    {
        this.spark = requireNonNull(spark, "spark is null");
        this.tables = requireNonNull(tables, "tables is null");
        this.jobs = List.copyOf(jobs);
    }

    /** The warehouse's jobs, in the order they run. */
    public static DailyWarehouseBuild standard(SparkSession spark, WarehouseTables tables)
    {
        MetricCatalogue metrics = MetricCatalogue.load(tables.catalogue());
        List<TransformJob> references = tables.catalogue().tables().stream()
                .filter(TableDefinition::isReference)
                .map(table -> (TransformJob) new ReferenceTableJob(spark, tables, table.name()))
                .toList();
        List<TransformJob> computed = List.of(
                new DateDimensionJob(spark, tables),
                new RegionDimensionJob(tables),
                new OrganizationConformanceJob(tables),
                new OrganizationDimensionJob(tables),
                new GridDimensionJob(tables),
                new StaffDimensionJob(tables),
                new ServiceEventSnapshotJob(tables),
                new PartyOrganizationDailyJob(tables),
                new ServiceEventDailyJob(tables),
                new StaffMonthlyJob(tables),
                new StaffPayYearlyJob(tables),
                new GridMonthlyJob(tables),
                new FundMonthlyJob(tables),
                new FundStandardYearlyJob(tables),
                new MemberPointMonthlyJob(tables),
                new MetricMonthlyJob(tables, metrics),
                new MetricWarningJob(tables, metrics));
        return new DailyWarehouseBuild(spark, tables, Stream.concat(references.stream(), computed.stream()).toList());
    }

    /** The jobs, in the order they run. */
    public List<TransformJob> jobs()
    {
        return jobs;
    }

    /** The tables the build writes, in the order its jobs run. */
    public List<String> tables()
    {
        return jobs.stream().map(TransformJob::table).toList();
    }

    /** Builds, tests and publishes the day; fails, publishing nothing, when an error-level data test fails. */
    public DataTestReport build(LocalDate day, Consumer<String> log)
    {
        List<String> tableNames = jobs.stream().map(TransformJob::table).toList();
        DayPublication publication = DayPublication.begin(spark, tables, tableNames, day);
        try {
            for (TransformJob job : jobs) {
                long start = System.nanoTime();
                long rows = job.run(day);
                log.accept("[transform] %-28s %s: wrote %,d rows in %.1f s".formatted(job.table(), day, rows, seconds(start)));
            }
            long start = System.nanoTime();
            DataTestReport report = new DataTestRunner(spark, tables).run(tableNames, day);
            report.warnings().forEach(warning -> log.accept("[quality]   warning: " + warning));
            report.blockingFailures().forEach(failure -> log.accept("[quality]   FAILED: " + failure));
            log.accept("[quality] %s: %d data tests on %d tables, %d failed (%d error-level) in %.1f s".formatted(day, report.results().size(),
                    tableNames.size(), report.warnings().size() + report.blockingFailures().size(), report.blockingFailures().size(), seconds(start)));
            report.requirePassed();
            publication.publish();
            log.accept("[publish] %s: %d tables published together".formatted(day, tableNames.size()));
            return report;
        }
        catch (RuntimeException e) {
            publication.abandon();
            log.accept("[publish] %s: not published; readers keep the previous day (the build is on branch %s)".formatted(day, publication.branch()));
            throw e;
        }
    }

    private static double seconds(long start)
    {
        return (System.nanoTime() - start) / 1e9;
    }
}
