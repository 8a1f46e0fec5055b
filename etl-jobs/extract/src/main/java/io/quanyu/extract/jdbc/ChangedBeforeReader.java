package io.quanyu.extract.jdbc;

import io.quanyu.extract.ods.SourceRecord;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import static java.util.Objects.requireNonNull;

/**
 * Passes on the rows changed before the window's end and leaves out the later ones, which the next load reads. It
 * keeps no state: the position is the delegate's, so a restart skips the same rows again.
 */
class ChangedBeforeReader
        implements ItemStreamReader<SourceRecord>
{
    private final ItemStreamReader<SourceRecord> delegate;
    private final String changedColumn;
    private final LocalDateTime end;

    ChangedBeforeReader(ItemStreamReader<SourceRecord> delegate, String changedColumn, LocalDateTime end)
    {
        this.delegate = requireNonNull(delegate, "delegate is null");
        this.changedColumn = requireNonNull(changedColumn, "changedColumn is null");
        this.end = requireNonNull(end, "end is null");
    }

    @Override
    public SourceRecord read()
            throws Exception
    {
        for (SourceRecord record = delegate.read(); record != null; record = delegate.read()) {
            String changed = record.fields().get(changedColumn);
            // a row without a change time is passed on, for validation to reject
            if (changed == null || Timestamp.valueOf(changed).toLocalDateTime().isBefore(end)) {
                return record;
            }
        }
        return null;
    }

    @Override
    public void open(ExecutionContext executionContext)
    {
        delegate.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext)
    {
        delegate.update(executionContext);
    }

    @Override
    public void close()
    {
        delegate.close();
    }
}
