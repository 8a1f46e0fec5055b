package io.quanyu.extract.ods;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;

import java.time.LocalDate;

/** The parameters every extract job takes: the logical date, and a run number so a finished date can run again. */
public final class OdsJobParameters
{
    public static final String LOGICAL_DATE = "logicalDate";
    public static final String RUN = "run";

    private OdsJobParameters() {}

    /** The logical date of the job a step belongs to; a job started without one is an error naming the job. */
    public static LocalDate logicalDate(StepExecution stepExecution)
    {
        JobExecution job = stepExecution.getJobExecution();
        LocalDate logicalDate = job.getJobParameters().getLocalDate(LOGICAL_DATE);
        if (logicalDate == null) {
            throw new IllegalArgumentException("job %s was started without the %s parameter".formatted(job.getJobInstance().getJobName(), LOGICAL_DATE));
        }
        return logicalDate;
    }

    public static JobParameters of(LocalDate logicalDate, long run)
    {
        return new JobParametersBuilder()
                .addLocalDate(LOGICAL_DATE, logicalDate)
                .addLong(RUN, run)
                .toJobParameters();
    }
}
