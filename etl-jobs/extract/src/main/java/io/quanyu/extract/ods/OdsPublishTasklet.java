package io.quanyu.extract.ods;

import io.quanyu.schema.TableDefinition;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

/**
 * Publishes a staged load in three Iceberg commits that each replace what an earlier run of the same date wrote: the
 * accepted records into the ODS table and the rejected ones (and later copies of a duplicate) into
 * {@code ods_quarantine}, side by side, then the counts and window into {@code ops_load_audit}. It fails unless every
 * record read is in one of the two.
 */
public class OdsPublishTasklet
        implements Tasklet
{
    private static final Logger log = LoggerFactory.getLogger(OdsPublishTasklet.class);
    private static final String QUARANTINE = "ods_quarantine";

    private final SparkSession spark;
    private final WarehouseTables tables;
    private final OdsStagingArea staging;
    private final JobRepository jobRepository;
    private final StagedRows staged;
    private final String sourceSystem;
    private final List<String> extractStepNames;

    public OdsPublishTasklet(SparkSession spark, WarehouseTables tables, OdsStagingArea staging, JobRepository jobRepository,
            StagedRows staged, String sourceSystem, List<String> extractStepNames)
    {
        this.spark = requireNonNull(spark, "spark is null");
        this.tables = requireNonNull(tables, "tables is null");
        this.staging = requireNonNull(staging, "staging is null");
        this.jobRepository = requireNonNull(jobRepository, "jobRepository is null");
        this.staged = requireNonNull(staged, "staged is null");
        this.sourceSystem = requireNonNull(sourceSystem, "sourceSystem is null");
        this.extractStepNames = List.copyOf(extractStepNames);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
    {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        TableDefinition table = staged.table();
        OdsLoad load = OdsLoad.of(sourceSystem, table.name(), step);
        List<StepExecution> extracts = extractStepNames.stream().map(name -> extractStep(step, name)).toList();
        LoadWindow window = window(extracts);
        long read = extracts.stream().mapToLong(extract -> extract.getExecutionContext().getLong(OdsChunkWriter.STAGED_ROWS, 0L)).sum();
        List<Path> chunkFiles = staging.chunkFiles(load);
        List<String> chunks = chunkFiles.stream().map(Object::toString).toList();
        if (read > 0 && chunks.isEmpty() && alreadyPublished(load, read)) {
            // killed after publishing and clearing the staging area, before the step could say so
            log.info("load {} was already published", load.loadId());
            return RepeatStatus.FINISHED;
        }

        Dataset<Row> records = stagedRecords(chunks);
        // from the chunks' footers, without a Spark job: a file load stages a few hundred chunks
        long staged = chunkFiles.stream().mapToLong(StagedChunkFile::rowCount).sum();
        if (staged != read) {
            throw new IllegalStateException("load %s does not reconcile: read %d, staged %d".formatted(load.loadId(), read, staged));
        }
        DuplicateCopies.Census census = StagedKeyCensus.of(table, chunkFiles, staged);
        long quarantinedRows = census.rejected() + census.laterCopies();
        long loadedRows = staged - quarantinedRows;
        Dataset<Row> marked = DuplicateCopies.marked(records, census);
        Dataset<Row> loaded = marked.where(col(StagedRows.REJECTION_REASON).isNull().and(not(DuplicateCopies.laterCopy())))
                .select(table.columnNames().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
        // nothing to quarantine, as in most loads of a database: the census says so, and the staged records need no second scan
        Dataset<Row> quarantined = quarantinedRows == 0
                ? spark.createDataFrame(List.of(), WarehouseTables.schema(tables.definition(QUARANTINE)))
                : quarantine(table, DuplicateCopies.rejectedAndLaterCopies(marked));
        Column day = col("logical_date").equalTo(lit(Date.valueOf(load.logicalDate())));
        Column ours = day.and(col("source_system").equalTo(sourceSystem));
        Landed landed = replaceBoth(table.name(), ours, loaded, quarantined);
        if (landed.loaded() != loadedRows || landed.quarantined() != quarantinedRows) {
            throw new IllegalStateException("load %s does not reconcile: read %d, loaded %d + quarantined %d, but the tables took %d + %d"
                    .formatted(load.loadId(), read, loadedRows, quarantinedRows, landed.loaded(), landed.quarantined()));
        }
        LoadSummary summary = new LoadSummary(sourceSystem, table.name(), read, loadedRows, quarantinedRows, window);
        tables.replaceLoad(WatermarkStore.AUDIT_TABLE, ours.and(col("table_name").equalTo(table.name())), audit(load, summary));
        summary.store(step.getExecutionContext());
        contribution.incrementWriteCount(loadedRows);
        contribution.incrementFilterCount(quarantinedRows);
        log.info("{} for {} (load {})", summary, load.logicalDate(), load.loadId());
        staging.clear(load);
        return RepeatStatus.FINISHED;
    }

    /**
     * Writes the accepted records and the quarantined ones at once, as two Spark jobs and two commits: most of a small
     * load's publication is each write's fixed cost, which two threads overlap. The audit, which the watermark reads,
     * is written after both.
     */
    private Landed replaceBoth(String tableName, Column ours, Dataset<Row> loaded, Dataset<Row> quarantined)
    {
        ExecutorService quarantineWriter = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "publish-quarantine-" + tableName));
        Future<Long> quarantining = quarantineWriter.submit(() -> tables.replaceLoad(QUARANTINE, ours.and(col("target_table").equalTo(tableName)), quarantined));
        quarantineWriter.shutdown();
        long landed;
        try {
            landed = tables.replaceLoad(tableName, ours, loaded);
        }
        catch (RuntimeException e) {
            // the step fails once no commit of this load is under way: a re-run must not race the quarantine's
            awaitQuietly(quarantineWriter);
            throw e;
        }
        try {
            return new Landed(landed, quarantining.get());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the quarantine of " + tableName, e);
        }
        catch (ExecutionException e) {
            throw new IllegalStateException("cannot write the quarantine of %s: %s".formatted(tableName, e.getCause().getMessage()), e.getCause());
        }
    }

    private static void awaitQuietly(ExecutorService executor)
    {
        try {
            executor.awaitTermination(1, TimeUnit.HOURS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The rows the two commits added. */
    private record Landed(long loaded, long quarantined) {}

    private boolean alreadyPublished(OdsLoad load, long read)
    {
        return !tables.read(WatermarkStore.AUDIT_TABLE)
                .where(col("load_id").equalTo(load.loadId()).and(col("rows_read").equalTo(read)))
                .isEmpty();
    }

    /** The window every part of the load read: all parts of one load read the same window, or it is not one load. */
    private static LoadWindow window(List<StepExecution> extracts)
    {
        LoadWindow window = LoadWindow.from(extracts.get(0).getExecutionContext());
        for (StepExecution extract : extracts) {
            LoadWindow read = LoadWindow.from(extract.getExecutionContext());
            if (!read.equals(window)) {
                throw new IllegalStateException("step %s read the window %s, but step %s read %s"
                        .formatted(extract.getStepName(), read, extracts.get(0).getStepName(), window));
            }
        }
        return window;
    }

    /** An extract step this one publishes, with its committed count and window (it may have run in an earlier execution). */
    private StepExecution extractStep(StepExecution publishStep, String extractStepName)
    {
        StepExecution extract = publishStep.getJobExecution().getStepExecutions().stream()
                .filter(step -> step.getStepName().equals(extractStepName))
                .findFirst()
                .orElseGet(() -> jobRepository.getLastStepExecution(publishStep.getJobExecution().getJobInstance(), extractStepName));
        if (extract == null) {
            throw new IllegalStateException("step %s has not run before %s".formatted(extractStepName, publishStep.getStepName()));
        }
        return extract;
    }

    private Dataset<Row> stagedRecords(List<String> chunks)
    {
        return chunks.isEmpty()
                ? spark.createDataFrame(List.of(), staged.schema())
                : spark.read().schema(staged.schema()).parquet(chunks.toArray(String[]::new));
    }

    /** Rejected records with their first problem, later copies as duplicates of the first: no record is both. */
    private static Dataset<Row> quarantine(TableDefinition table, Dataset<Row> records)
    {
        String field = table.uniqueKey().isEmpty() ? table.duplicateKey().get(0) : table.uniqueKey().get(0);
        Column copy = col(StagedRows.REJECTION_REASON).isNull();
        return records.select(
                lit(table.name()).as("target_table"),
                col(StagedRows.RECORD_KEY).as("record_key"),
                when(copy, lit(field)).otherwise(col(StagedRows.REJECTED_FIELD)).as("field_name"),
                when(copy, lit(RejectionReason.DUPLICATE_ROW.name())).otherwise(col(StagedRows.REJECTION_REASON)).as("reason_code"),
                when(copy, concat(lit("duplicate of " + table.duplicateKey() + " first read at "), col(DuplicateCopies.FIRST_LOCATION), lit(", in "),
                        col("source_location"), lit(" for " + table.name()))).otherwise(col(StagedRows.REJECTION_MESSAGE)).as("message"),
                col(StagedRows.RAW_RECORD).as("raw_record"),
                col("source_system"), col("source_location"), col("load_id"), col("logical_date"), col("extracted_at"));
    }

    private Dataset<Row> audit(OdsLoad load, LoadSummary summary)
    {
        Row row = org.apache.spark.sql.RowFactory.create(load.loadId(), sourceSystem, summary.table(), Date.valueOf(load.logicalDate()),
                summary.window().start() == null ? null : Timestamp.valueOf(summary.window().start()), Timestamp.valueOf(summary.window().recordedEnd()),
                summary.read(), summary.loaded(), summary.quarantined(), Timestamp.from(Instant.now()));
        return spark.createDataFrame(List.of(row), WarehouseTables.schema(tables.definition(WatermarkStore.AUDIT_TABLE)));
    }
}
