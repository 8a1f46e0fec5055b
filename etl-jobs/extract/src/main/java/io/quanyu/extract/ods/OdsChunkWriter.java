package io.quanyu.extract.ods;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamWriter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Stages each chunk of validated records as Parquet, named by the position of its first record. The count of staged
 * records is kept in the step's execution context, which Spring Batch commits with the chunk: after a kill, the
 * restarted step reads on from the last committed chunk and writes the lost chunk again under the same name,
 * replacing any partial copy.
 */
public class OdsChunkWriter
        implements ItemStreamWriter<ValidatedRecord>, StepExecutionListener
{
    public static final String STAGED_ROWS = "ods.staged.rows";

    private final SparkSession spark;
    private final StagedRows staged;
    private final OdsStagingArea staging;
    private final String sourceSystem;
    private OdsLoad load;
    private long stagedRows;

    public OdsChunkWriter(SparkSession spark, StagedRows staged, OdsStagingArea staging, String sourceSystem)
    {
        this.spark = requireNonNull(spark, "spark is null");
        this.staged = requireNonNull(staged, "staged is null");
        this.staging = requireNonNull(staging, "staging is null");
        this.sourceSystem = requireNonNull(sourceSystem, "sourceSystem is null");
    }

    @Override
    public void beforeStep(StepExecution stepExecution)
    {
        load = OdsLoad.of(sourceSystem, staged.table().name(), stepExecution);
    }

    @Override
    public void open(ExecutionContext context)
    {
        stagedRows = context.getLong(STAGED_ROWS, 0L);
    }

    @Override
    public void update(ExecutionContext context)
    {
        context.putLong(STAGED_ROWS, stagedRows);
    }

    @Override
    public void write(Chunk<? extends ValidatedRecord> chunk)
    {
        Timestamp extractedAt = Timestamp.from(Instant.now());
        List<Row> rows = new ArrayList<>(chunk.size());
        long ordinal = stagedRows;
        for (ValidatedRecord record : chunk) {
            rows.add(staged.row(record, load, ordinal++, extractedAt));
        }
        spark.createDataFrame(rows, staged.schema())
                .coalesce(1)
                .write()
                .mode(SaveMode.Overwrite)
                .parquet(staging.chunkFolder(load, stagedRows).toString());
        stagedRows = ordinal;
    }
}
