package io.quanyu.extract.ods;

import io.quanyu.extract.spark.SourceTable;
import io.quanyu.extract.spark.SparkJdbcStageTasklet;

import io.quanyu.extract.ExtractProperties;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.SparkSession;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Builds the two steps every ODS load has, so each source's job only says how its records are read: a chunk step that
 * validates and stages what the reader gives, and a tasklet step that publishes, quarantines and audits the load.
 */
@Component
public class OdsSteps
{
    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final SparkSession spark;
    private final WarehouseTables tables;
    private final OdsStagingArea staging;
    private final WatermarkStore watermarks;
    private final ReferenceKeys referenceKeys;
    private final int chunkSize;

    public OdsSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, SparkSession spark, WarehouseTables tables,
            OdsStagingArea staging, WatermarkStore watermarks, ReferenceKeys referenceKeys, ExtractProperties properties)
    {
        this.jobRepository = requireNonNull(jobRepository, "jobRepository is null");
        this.transactionManager = requireNonNull(transactionManager, "transactionManager is null");
        this.spark = requireNonNull(spark, "spark is null");
        this.tables = requireNonNull(tables, "tables is null");
        this.staging = requireNonNull(staging, "staging is null");
        this.watermarks = requireNonNull(watermarks, "watermarks is null");
        this.referenceKeys = requireNonNull(referenceKeys, "referenceKeys is null");
        this.chunkSize = properties.chunkSize();
    }

    /**
     * The steps of one load: read, validate and stage the records the factory's reader gives for the step's date and
     * window, then publish them. A re-run of the date replaces the earlier load.
     */
    public List<Step> load(String sourceSystem, String table, WindowKind windowKind, SourceReaderFactory readers)
    {
        String prefix = sourceSystem + ":" + table;
        StagedRows staged = new StagedRows(tables.definition(table));
        DeferredSourceReader reader = new DeferredSourceReader(sourceSystem, table, windowKind, watermarks, readers);
        OdsRecordProcessor processor = new OdsRecordProcessor(staged.table(), referenceKeys);
        OdsChunkWriter writer = new OdsChunkWriter(staged, staging, sourceSystem);
        Step extract = new StepBuilder(prefix + ":extract", jobRepository)
                .<SourceRecord, ValidatedRecord>chunk(chunkSize, transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener((StepExecutionListener) reader)
                .listener((StepExecutionListener) processor)
                .listener((StepExecutionListener) writer)
                .build();
        return List.of(extract, publish(prefix, staged, sourceSystem));
    }

    /**
     * The steps of a load of a high-volume source table, staged by Spark from key ranges read in parallel instead of
     * by a chunk step, then published like any other load. Only rows changed in the window are read.
     */
    public List<Step> sparkLoad(String sourceSystem, String table, SourceTable source)
    {
        String prefix = sourceSystem + ":" + table;
        StagedRows staged = new StagedRows(tables.definition(table));
        Step extract = new StepBuilder(prefix + ":extract", jobRepository)
                .tasklet(new SparkJdbcStageTasklet(spark, staging, watermarks, referenceKeys, staged, sourceSystem, source), transactionManager)
                .build();
        return List.of(extract, publish(prefix, staged, sourceSystem));
    }

    private Step publish(String prefix, StagedRows staged, String sourceSystem)
    {
        return new StepBuilder(prefix + ":publish", jobRepository)
                .tasklet(new OdsPublishTasklet(spark, tables, staging, jobRepository, staged, sourceSystem, prefix + ":extract"), transactionManager)
                .build();
    }

    /** A job running the given loads' steps in order. */
    @SafeVarargs
    public final Job job(String name, List<Step>... loads)
    {
        List<Step> steps = java.util.Arrays.stream(loads).flatMap(List::stream).toList();
        SimpleJobBuilder job = new JobBuilder(name, jobRepository).start(steps.get(0));
        steps.subList(1, steps.size()).forEach(job::next);
        return job.build();
    }
}
