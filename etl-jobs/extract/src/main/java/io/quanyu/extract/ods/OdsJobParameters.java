package io.quanyu.extract.ods;

import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;

import java.time.LocalDate;

/** The parameters every extract job takes: the logical date, and a run number so a finished date can run again. */
public final class OdsJobParameters
{
    public static final String LOGICAL_DATE = "logicalDate";
    public static final String RUN = "run";

    private OdsJobParameters() {}

    public static JobParameters of(LocalDate logicalDate, long run)
    {
        return new JobParametersBuilder()
                .addLocalDate(LOGICAL_DATE, logicalDate)
                .addLong(RUN, run)
                .toJobParameters();
    }
}
