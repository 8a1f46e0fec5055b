package io.quanyu.extract.ods;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.ItemStreamReader;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * The reader of a step, made when the step starts from its job's logical date and the window the watermarks give, so
 * the same step definition serves every date. The window is kept in the step's execution context for the publish
 * step. Opening, saving and restoring the position go to the real reader.
 */
public class DeferredSourceReader
        implements ItemStreamReader<SourceRecord>, StepExecutionListener
{
    private final String sourceSystem;
    private final String table;
    private final WindowKind windowKind;
    private final WatermarkStore watermarks;
    private final SourceReaderFactory factory;
    private ItemStreamReader<SourceRecord> delegate;

    public DeferredSourceReader(String sourceSystem, String table, WindowKind windowKind, WatermarkStore watermarks, SourceReaderFactory factory)
    {
        this.sourceSystem = requireNonNull(sourceSystem, "sourceSystem is null");
        this.table = requireNonNull(table, "table is null");
        this.windowKind = requireNonNull(windowKind, "windowKind is null");
        this.watermarks = requireNonNull(watermarks, "watermarks is null");
        this.factory = requireNonNull(factory, "factory is null");
    }

    @Override
    public void beforeStep(StepExecution stepExecution)
    {
        LocalDate logicalDate = OdsJobParameters.logicalDate(stepExecution);
        LoadWindow window = watermarks.window(sourceSystem, table, logicalDate, windowKind);
        window.store(stepExecution.getExecutionContext());
        try {
            delegate = factory.create(logicalDate, window);
        }
        catch (Exception e) {
            throw new ItemStreamException("cannot open source %s for %s: %s".formatted(sourceSystem, table, e.getMessage()), e);
        }
    }

    @Override
    public void open(ExecutionContext executionContext)
    {
        delegate.open(executionContext);
    }

    @Override
    public SourceRecord read()
            throws Exception
    {
        return delegate.read();
    }

    @Override
    public void update(ExecutionContext executionContext)
    {
        delegate.update(executionContext);
    }

    @Override
    public void close()
    {
        if (delegate != null) {
            delegate.close();
        }
    }
}
