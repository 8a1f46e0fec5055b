package io.quanyu.extract;

import io.quanyu.extract.division.DivisionExtractJobConfiguration;
import io.quanyu.extract.event.ServiceEventExtractJobConfiguration;
import io.quanyu.extract.fund.FundLedgerExtractJobConfiguration;
import io.quanyu.extract.grid.GridApiExtractJobConfiguration;
import io.quanyu.extract.grid.GridPlatformExtractJobConfiguration;
import io.quanyu.extract.ods.OdsJobParameters;
import io.quanyu.extract.party.PartySystemExtractJobConfiguration;
import io.quanyu.extract.register.TwoNewRegisterExtractJobConfiguration;
import io.quanyu.extract.staff.StaffRosterExtractJobConfiguration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the extract jobs in the tests, in the order the pipeline does. */
@Component
class ExtractJobs
{
    static final List<String> ORDER = List.of(DivisionExtractJobConfiguration.JOB_NAME, PartySystemExtractJobConfiguration.JOB_NAME,
            GridPlatformExtractJobConfiguration.JOB_NAME, GridApiExtractJobConfiguration.JOB_NAME, FundLedgerExtractJobConfiguration.JOB_NAME,
            StaffRosterExtractJobConfiguration.JOB_NAME, TwoNewRegisterExtractJobConfiguration.JOB_NAME, ServiceEventExtractJobConfiguration.JOB_NAME);
    private static final AtomicLong RUNS = new AtomicLong();
    private static final Set<LocalDate> LOADED = new HashSet<>();

    private final JobLauncher launcher;
    private final Map<String, Job> jobs;

    ExtractJobs(JobLauncher launcher, Map<String, Job> jobs)
    {
        this.launcher = launcher;
        this.jobs = jobs;
    }

    synchronized void loadAllOnce(LocalDate day)
            throws Exception
    {
        if (LOADED.add(day)) {
            for (String job : ORDER) {
                run(job, day);
            }
        }
    }

    JobExecution run(String job, LocalDate day)
            throws Exception
    {
        JobExecution execution = launcher.run(jobs.get(job), OdsJobParameters.of(day, RUNS.incrementAndGet()));
        assertThat(execution.getStatus()).as(job + " " + execution.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
        return execution;
    }
}
