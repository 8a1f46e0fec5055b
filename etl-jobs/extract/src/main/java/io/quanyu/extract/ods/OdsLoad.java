package io.quanyu.extract.ods;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * One load of one source into one ODS table for one logical date. The id is stable across restarts of the same
 * job instance, so staged chunks of a killed run are found and replaced, not duplicated.
 */
public record OdsLoad(String sourceSystem, String table, LocalDate logicalDate, long jobInstanceId)
{
    public OdsLoad
    {
        requireNonNull(sourceSystem, "sourceSystem is null");
        requireNonNull(table, "table is null");
        requireNonNull(logicalDate, "logicalDate is null");
    }

    /** The load a step of an extract job performs, from the job's parameters and instance. */
    public static OdsLoad of(String sourceSystem, String table, StepExecution stepExecution)
    {
        JobExecution job = stepExecution.getJobExecution();
        LocalDate logicalDate = job.getJobParameters().getLocalDate(OdsJobParameters.LOGICAL_DATE);
        if (logicalDate == null) {
            throw new IllegalArgumentException("job %s was started without the %s parameter"
                    .formatted(job.getJobInstance().getJobName(), OdsJobParameters.LOGICAL_DATE));
        }
        return new OdsLoad(sourceSystem, table, logicalDate, job.getJobInstance().getInstanceId());
    }

    public String loadId()
    {
        return "%s-%s-%s-%d".formatted(sourceSystem, table, logicalDate, jobInstanceId);
    }
}
