package io.quanyu.pipeline;

import io.quanyu.extract.ods.OdsJobParameters;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Decides whether a run of a job for a date starts afresh or resumes the last one. A run that did not complete is
 * resumed from its last committed chunk; one whose process was killed still says STARTED in the repository, and since
 * the file repository admits one process at a time, no other process can be running it: it is marked FAILED first.
 */
@Component
class ExtractRestarts
{
    private static final int INSTANCES_LOOKED_AT = 100;

    private final JobExplorer explorer;
    private final JobRepository repository;

    ExtractRestarts(JobExplorer explorer, JobRepository repository)
    {
        this.explorer = requireNonNull(explorer, "explorer is null");
        this.repository = requireNonNull(repository, "repository is null");
    }

    /** The parameters of an unfinished run of the job for the date, to resume it, or empty to start a new one. */
    Optional<JobParameters> unfinished(Job job, LocalDate logicalDate)
    {
        List<JobInstance> instances = explorer.getJobInstances(job.getName(), 0, INSTANCES_LOOKED_AT);
        for (JobInstance instance : instances) {
            JobExecution last = explorer.getLastJobExecution(instance);
            if (last == null || !logicalDate.equals(last.getJobParameters().getLocalDate(OdsJobParameters.LOGICAL_DATE))) {
                continue;
            }
            if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
                return Optional.empty();
            }
            if (last.getStatus().isRunning()) {
                markFailed(last);
            }
            return Optional.of(last.getJobParameters());
        }
        return Optional.empty();
    }

    private void markFailed(JobExecution execution)
    {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("its process died"));
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("its process died"));
        execution.setEndTime(now);
        repository.update(execution);
    }
}
