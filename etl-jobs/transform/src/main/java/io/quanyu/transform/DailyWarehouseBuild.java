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
import io.quanyu.transform.quality.DataTestResult;
import io.quanyu.transform.quality.DataTestRunner;
import io.quanyu.transform.reference.ReferenceTableJob;
import io.quanyu.transform.region.RegionDimensionJob;
import io.quanyu.transform.staff.StaffDimensionJob;
import io.quanyu.transform.staff.StaffMonthlyJob;
import io.quanyu.transform.staff.StaffPayYearlyJob;
import org.apache.spark.sql.SparkSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Builds the warehouse for a logical date on the day's branches: each table once the tables its declaration names as
 * sources are built, and its data tests once it and the tables they read are, a few side by side; then publication of
 * all the tables, or of none when an error-level test failed.
 */
public final class DailyWarehouseBuild
{
    private static final String TESTS = "tests of ";
    /** Two: one step's Spark tasks run while another plans or commits; on two cores within the spread (README). */
    public static final int DEFAULT_THREADS = 2;

    private final SparkSession spark;
    private final WarehouseTables tables;
    private final List<TransformJob> jobs;
    private final BuildTaskRunner runner;

    public DailyWarehouseBuild(SparkSession spark, WarehouseTables tables, List<TransformJob> jobs, int threads)
    {
        this.spark = requireNonNull(spark, "spark is null");
        this.tables = requireNonNull(tables, "tables is null");
        this.jobs = List.copyOf(jobs);
        this.runner = new BuildTaskRunner(threads);
    }

    /** The warehouse's jobs, listed dimensions before facts, run on {@link #DEFAULT_THREADS} threads. */
    public static DailyWarehouseBuild standard(SparkSession spark, WarehouseTables tables)
    {
        return standard(spark, tables, DEFAULT_THREADS);
    }

    /** The warehouse's jobs, listed dimensions before facts, each started once the tables it reads are built. */
    public static DailyWarehouseBuild standard(SparkSession spark, WarehouseTables tables, int threads)
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
        return new DailyWarehouseBuild(spark, tables, Stream.concat(references.stream(), computed.stream()).toList(), threads);
    }

    /** The jobs, in the order they are listed: each after the jobs building its sources. */
    public List<TransformJob> jobs()
    {
        return jobs;
    }

    /** The tables the build writes, in the order its jobs are listed. */
    public List<String> tables()
    {
        return jobs.stream().map(TransformJob::table).toList();
    }

    /** Builds, tests and publishes the day; fails, publishing nothing, when an error-level data test fails. */
    public DataTestReport build(LocalDate day, Consumer<String> sink)
    {
        // steps finish on several threads; the caller's sink need not be thread-safe
        Consumer<String> log = line -> {
            synchronized (sink) {
                sink.accept(line);
            }
        };
        List<String> tableNames = tables();
        DayPublication publication = DayPublication.begin(spark, tables, tableNames, day);
        try {
            DataTestRunner tests = new DataTestRunner(spark, tables);
            Map<String, TimedResults> tested = new ConcurrentHashMap<>();
            runner.run(tasks(day, tests, tested, log));
            List<DataTestResult> results = tableNames.stream().flatMap(table -> tested.get(table).results().stream()).toList();
            DataTestReport report = tests.record(day, tableNames, results);
            report.warnings().forEach(warning -> log.accept("[quality]   warning: " + warning));
            report.blockingFailures().forEach(failure -> log.accept("[quality]   FAILED: " + failure));
            double testing = tested.values().stream().mapToDouble(TimedResults::seconds).sum();
            log.accept("[quality] %s: %d data tests on %d tables, %d failed (%d error-level), %.1f s of testing".formatted(day, report.results().size(),
                    tableNames.size(), report.warnings().size() + report.blockingFailures().size(), report.blockingFailures().size(), testing));
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

    /**
     * A task per table building it once the tables its declaration names as sources are built, and a task per table
     * testing it once it and the tables its tests read are built.
     */
    private List<BuildTask> tasks(LocalDate day, DataTestRunner tests, Map<String, TimedResults> tested, Consumer<String> log)
    {
        Set<String> built = Set.copyOf(tables());
        List<BuildTask> tasks = new ArrayList<>();
        for (TransformJob job : jobs) {
            Set<String> sources = tables.definition(job.table()).sources().stream().filter(built::contains).collect(Collectors.toUnmodifiableSet());
            tasks.add(new BuildTask(job.table(), sources, described("build %s %s".formatted(job.table(), day), () -> {
                long start = System.nanoTime();
                long rows = tables.building(job.table(), () -> job.run(day));
                log.accept("[transform] %-28s %s: wrote %,d rows in %.1f s".formatted(job.table(), day, rows, seconds(start)));
            })));
        }
        for (TransformJob job : jobs) {
            Set<String> read = new HashSet<>(tests.tablesRead(job.table(), day));
            read.retainAll(built);
            read.add(job.table());
            tasks.add(new BuildTask(TESTS + job.table(), read, described("test %s %s".formatted(job.table(), day), () -> {
                long start = System.nanoTime();
                List<DataTestResult> results = tests.test(job.table(), day);
                tested.put(job.table(), new TimedResults(results, seconds(start)));
            })));
        }
        return tasks;
    }

    /** The step with its Spark jobs described by it, so that the Spark UI and event log tell which table each job is for. */
    private Runnable described(String description, Runnable step)
    {
        return () -> {
            spark.sparkContext().setJobDescription(description);
            try {
                step.run();
            }
            finally {
                spark.sparkContext().setJobDescription(null);
            }
        };
    }

    private record TimedResults(List<DataTestResult> results, double seconds)
    {
        TimedResults
        {
            results = List.copyOf(results);
        }
    }

    private static double seconds(long start)
    {
        return (System.nanoTime() - start) / 1e9;
    }
}
