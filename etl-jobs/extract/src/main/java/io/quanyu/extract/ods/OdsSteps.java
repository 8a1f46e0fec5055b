package io.quanyu.extract.ods;

import io.quanyu.extract.ExtractProperties;
import io.quanyu.extract.spark.SourceTable;
import io.quanyu.extract.spark.SparkJdbcStageTasklet;
import io.quanyu.schema.TableDefinition;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.SparkSession;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.JobFlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.stream.IntStream;

import static java.util.Objects.requireNonNull;

/**
 * Builds the two steps every ODS load has, so each source's job only says how its records are read: a chunk step that
 * validates and stages what the reader gives, and a tasklet step that publishes, quarantines and audits the load.
 */
@Component
public class OdsSteps
{
    public static final int FILE_PARTS = 4;

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final SparkSession spark;
    private final WarehouseTables tables;
    private final OdsStagingArea staging;
    private final WatermarkStore watermarks;
    private final ReferenceKeys referenceKeys;
    private final int chunkSize;
    private final TaskExecutor partExecutor;

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
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("extract-part-");
        executor.setConcurrencyLimit(properties.extractThreads());
        this.partExecutor = executor;
    }

    /**
     * One load: read, validate and stage the records the factory's reader gives for the step's date and window, then
     * publish them. A re-run of the date replaces the earlier load.
     */
    public Flow load(String sourceSystem, String table, WindowKind windowKind, SourceReaderFactory readers)
    {
        String prefix = loadName(sourceSystem, table);
        StagedRows staged = new StagedRows(declared(table, windowKind));
        Step extract = chunkStep(prefix + ":extract", staged, sourceSystem, windowKind, readers, 0);
        return flow(prefix, extract, publish(prefix, staged, sourceSystem, List.of(extract.getName())));
    }

    /**
     * A load of a file source whose files are read in parallel: split into {@value #FILE_PARTS} contiguous parts of
     * about equal size, each a chunk step of its own that a restart resumes on its own, then published as one load.
     * The number of parts is fixed, not taken from the machine, so a run killed on one machine resumes on another.
     */
    public Flow fileLoad(String sourceSystem, String table, WindowKind windowKind, SourceFileLister files, SourceFilesReaderFactory readers)
    {
        String prefix = loadName(sourceSystem, table);
        StagedRows staged = new StagedRows(declared(table, windowKind));
        FileLoadParts listing = new FileLoadParts(files, FILE_PARTS);
        List<Step> parts = IntStream.range(0, FILE_PARTS)
                .mapToObj(part -> chunkStep("%s:extract:part-%d".formatted(prefix, part), staged, sourceSystem, windowKind,
                        (logicalDate, window) -> readers.create(logicalDate, listing.part(currentJobExecutionId(), window, part)), part))
                .toList();
        Flow extract = new FlowBuilder<SimpleFlow>(prefix + ":extract")
                .split(partExecutor)
                .add(parts.stream().map(part -> new FlowBuilder<SimpleFlow>(part.getName()).start(part).build()).toArray(Flow[]::new))
                .build();
        Step publish = publish(prefix, staged, sourceSystem, parts.stream().map(Step::getName).toList());
        return new FlowBuilder<SimpleFlow>(prefix).start(extract).next(publish).build();
    }

    /**
     * A load of a high-volume source table, staged by Spark from key ranges read in parallel instead of by a chunk
     * step, then published like any other load. Only rows changed in the window are read.
     */
    public Flow sparkLoad(String sourceSystem, String table, SourceTable source)
    {
        String prefix = loadName(sourceSystem, table);
        StagedRows staged = new StagedRows(declared(table, source.windowKind()));
        Step extract = new StepBuilder(prefix + ":extract", jobRepository)
                .tasklet(new SparkJdbcStageTasklet(spark, staging, watermarks, referenceKeys, staged, sourceSystem, source), transactionManager)
                .build();
        return flow(prefix, extract, publish(prefix, staged, sourceSystem, List.of(extract.getName())));
    }

    /** The run of the step whose reader is being made: readers are made as their step starts, registered by then. */
    private static long currentJobExecutionId()
    {
        return StepSynchronizationManager.getContext().getStepExecution().getJobExecutionId();
    }

    /** The name of a load's flow, and the prefix of each of its steps' names. */
    public static String loadName(String sourceSystem, String table)
    {
        return sourceSystem + ":" + table;
    }

    /** The table, if its declaration agrees that a load of the kind holds all its source has, or refuses the job. */
    private TableDefinition declared(String table, WindowKind windowKind)
    {
        TableDefinition definition = tables.definition(table);
        if (definition.snapshot() != (windowKind == WindowKind.SNAPSHOT)) {
            throw new IllegalStateException("%s is loaded by %s, but its declaration says snapshot: %s: declare snapshot: true exactly for a table read whole by each load"
                    .formatted(table, windowKind, definition.snapshot()));
        }
        return definition;
    }

    private Step chunkStep(String name, StagedRows staged, String sourceSystem, WindowKind windowKind, SourceReaderFactory readers, int part)
    {
        DeferredSourceReader reader = new DeferredSourceReader(sourceSystem, staged.table().name(), windowKind, watermarks, readers);
        OdsRecordProcessor processor = new OdsRecordProcessor(staged.table(), referenceKeys);
        OdsChunkWriter writer = new OdsChunkWriter(staged, staging, sourceSystem, StagedRows.firstOrdinal(part));
        return new StepBuilder(name, jobRepository)
                .<SourceRecord, ValidatedRecord>chunk(chunkSize, transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener((StepExecutionListener) reader)
                .listener((StepExecutionListener) processor)
                .listener((StepExecutionListener) writer)
                .build();
    }

    private Step publish(String prefix, StagedRows staged, String sourceSystem, List<String> extractSteps)
    {
        return new StepBuilder(prefix + ":publish", jobRepository)
                .tasklet(new OdsPublishTasklet(spark, tables, staging, jobRepository, staged, sourceSystem, extractSteps), transactionManager)
                .build();
    }

    private static Flow flow(String name, Step extract, Step publish)
    {
        return new FlowBuilder<SimpleFlow>(name).start(extract).next(publish).build();
    }

    /** A job running the given loads in order. */
    public Job job(String name, Flow... loads)
    {
        JobFlowBuilder job = new JobBuilder(name, jobRepository).start(loads[0]);
        for (int index = 1; index < loads.length; index++) {
            job.next(loads[index]);
        }
        return job.end().build();
    }
}
