package io.quanyu.extract.spark;

import io.quanyu.extract.ods.LoadWindow;
import io.quanyu.extract.ods.OdsChunkWriter;
import io.quanyu.extract.ods.OdsJobParameters;
import io.quanyu.extract.ods.OdsLoad;
import io.quanyu.extract.ods.OdsStagingArea;
import io.quanyu.extract.ods.ReferenceKeys;
import io.quanyu.extract.ods.StagedRows;
import io.quanyu.extract.ods.WatermarkStore;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Stages a high-volume table of a source database with Spark instead of a chunk step: key ranges of the rows changed
 * in the load's window (a day's few changes in one range) are read over JDBC in parallel, each in key order and as
 * text like the chunk readers read it (Spark's own JDBC source would type, cast back to text and sort them), validated
 * and written as chunk files like the chunk steps' (Spark's Parquet writer would convert every row and encode it for a
 * file read once); a table without a change time is read whole. The step fails unless it staged exactly as many rows
 * as the database counts in the window; a re-run stages the whole window again, replacing what a killed run left.
 */
public class SparkJdbcStageTasklet
        implements Tasklet
{
    private static final Logger log = LoggerFactory.getLogger(SparkJdbcStageTasklet.class);

    private final SparkSession spark;
    private final OdsStagingArea staging;
    private final WatermarkStore watermarks;
    private final ReferenceKeys referenceKeys;
    private final StagedRows staged;
    private final String sourceSystem;
    private final SourceTable source;

    public SparkJdbcStageTasklet(SparkSession spark, OdsStagingArea staging, WatermarkStore watermarks, ReferenceKeys referenceKeys, StagedRows staged,
            String sourceSystem, SourceTable source)
    {
        this.spark = requireNonNull(spark, "spark is null");
        this.staging = requireNonNull(staging, "staging is null");
        this.watermarks = requireNonNull(watermarks, "watermarks is null");
        this.referenceKeys = requireNonNull(referenceKeys, "referenceKeys is null");
        this.staged = requireNonNull(staged, "staged is null");
        this.sourceSystem = requireNonNull(sourceSystem, "sourceSystem is null");
        this.source = requireNonNull(source, "source is null");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
            throws Exception
    {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        LocalDate logicalDate = OdsJobParameters.logicalDate(step);
        OdsLoad load = OdsLoad.of(sourceSystem, staged.table().name(), step);
        LoadWindow window = watermarks.window(sourceSystem, staged.table().name(), logicalDate, source.windowKind());
        String inWindow = source.windowCondition(window);
        long expected = source.count(inWindow);

        // a re-run stages the whole window again: what a killed run staged goes first
        staging.clear(load);
        // one key range per partition, in key order: the partition's index orders its records before the next range's
        List<String> ranges = List.of(source.partitions(inWindow, expected, spark.sparkContext().defaultParallelism() * 2));
        KeyRangeStageFunction stage = new KeyRangeStageFunction(source, staged.table(), load, referenceKeys.keySets(staged.table(), logicalDate),
                Timestamp.from(Instant.now()), staging);
        long stagedRows = spark.createDataset(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(ranges, ranges.size()).rdd(),
                        Encoders.STRING())
                .mapPartitions(stage, Encoders.LONG())
                .collectAsList().stream().mapToLong(Long::longValue).sum();
        if (stagedRows != expected) {
            throw new IllegalStateException("%s.%s has %d rows changed in %s but %d were staged for load %s"
                    .formatted(sourceSystem, source.table(), expected, window, stagedRows, load.loadId()));
        }
        window.store(step.getExecutionContext());
        step.getExecutionContext().putLong(OdsChunkWriter.STAGED_ROWS, stagedRows);
        contribution.incrementWriteCount(stagedRows);
        log.info("{} -> {}: staged {} rows of {} with Spark for {} (load {})", sourceSystem, staged.table().name(), stagedRows, source.table(),
                logicalDate, load.loadId());
        return RepeatStatus.FINISHED;
    }
}
