package io.quanyu.extract.ods;

import org.springframework.batch.core.StepExecution;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * One load of one source into one ODS table for one logical date. The id is stable across restarts of the same
 * job instance, so staged chunks of a killed run are found and replaced, not duplicated.
 */
public record OdsLoad(String sourceSystem, String table, LocalDate logicalDate, long jobInstanceId)
        implements java.io.Serializable
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
        return new OdsLoad(sourceSystem, table, OdsJobParameters.logicalDate(stepExecution), stepExecution.getJobExecution().getJobInstance().getInstanceId());
    }

    public String loadId()
    {
        return "%s-%s-%s-%d".formatted(sourceSystem, table, logicalDate, jobInstanceId);
    }
}
