package io.quanyu.extract.ods;

import io.quanyu.schema.TableDefinition;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.ItemProcessor;

import static java.util.Objects.requireNonNull;

/**
 * Validates each source record against its ODS table, with the reference keys loaded up to the step's logical date.
 * It never filters: a record that fails goes on, marked, to be quarantined, so every record read is counted.
 */
public class OdsRecordProcessor
        implements ItemProcessor<SourceRecord, ValidatedRecord>, StepExecutionListener
{
    private final TableDefinition table;
    private final ReferenceKeys referenceKeys;
    private RecordValidator validator;

    public OdsRecordProcessor(TableDefinition table, ReferenceKeys referenceKeys)
    {
        this.table = requireNonNull(table, "table is null");
        this.referenceKeys = requireNonNull(referenceKeys, "referenceKeys is null");
    }

    @Override
    public void beforeStep(StepExecution stepExecution)
    {
        validator = new RecordValidator(table,
                referenceKeys.forLoad(table, OdsJobParameters.logicalDate(stepExecution), stepExecution.getJobExecutionId()));
    }

    @Override
    public ValidatedRecord process(SourceRecord record)
    {
        return validator.validate(record);
    }
}
