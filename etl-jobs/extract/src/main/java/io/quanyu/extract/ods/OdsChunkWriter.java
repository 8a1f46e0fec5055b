package io.quanyu.extract.ods;

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
 * Stages each chunk of validated records as a Parquet file named by the position of its first record, written
 * aside and moved into place, so a chunk file is whole or absent. The count of staged records is kept in the step's
 * execution context, which Spring Batch commits with the chunk: after a kill, the restarted step reads on from the
 * last committed chunk and writes the lost chunk again under the same name. Plain files keep a chunk at a few
 * milliseconds; Spark reads them all at once when the load is published.
 */
public class OdsChunkWriter
        implements ItemStreamWriter<ValidatedRecord>, StepExecutionListener
{
    public static final String STAGED_ROWS = "ods.staged.rows";

    private final StagedRows staged;
    private final OdsStagingArea staging;
    private final String sourceSystem;
    private final long firstOrdinal;
    private OdsLoad load;
    private long stagedRows;

    /** @param firstOrdinal the ordinal of the first record this writer stages: parts of a load read in parallel each have their own range */
    public OdsChunkWriter(StagedRows staged, OdsStagingArea staging, String sourceSystem, long firstOrdinal)
    {
        this.staged = requireNonNull(staged, "staged is null");
        this.staging = requireNonNull(staging, "staging is null");
        this.sourceSystem = requireNonNull(sourceSystem, "sourceSystem is null");
        this.firstOrdinal = firstOrdinal;
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
        StagedRows.Stamp stamp = StagedRows.stamp(load, Timestamp.from(Instant.now()));
        long ordinal = firstOrdinal + stagedRows;
        List<Object[]> rows = new ArrayList<>(chunk.size());
        for (ValidatedRecord record : chunk) {
            rows.add(staged.values(record, stamp, ordinal + rows.size()));
        }
        staging.stage(load, ordinal, staged.schema(), rows.iterator());
        stagedRows += rows.size();
    }
}
