package io.quanyu.pipeline;

import io.quanyu.extract.division.DivisionExtractJobConfiguration;
import io.quanyu.extract.ods.OdsJobParameters;
import io.quanyu.extract.event.ServiceEventExtractJobConfiguration;
import io.quanyu.extract.fund.FundLedgerExtractJobConfiguration;
import io.quanyu.extract.grid.GridApiExtractJobConfiguration;
import io.quanyu.extract.grid.GridPlatformExtractJobConfiguration;
import io.quanyu.extract.ods.LoadSummary;
import io.quanyu.extract.party.PartySystemExtractJobConfiguration;
import io.quanyu.extract.register.TwoNewRegisterExtractJobConfiguration;
import io.quanyu.extract.staff.StaffRosterExtractJobConfiguration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Runs the extract job of one source, of several in the order given (grid,grid-api), or of all in order, for a logical date. */
@Component
class ExtractRunner
{
    private final JobLauncher jobLauncher;
    private final ExtractRestarts restarts;
    private final Map<String, Job> jobs;

    ExtractRunner(JobLauncher jobLauncher, ExtractRestarts restarts, Map<String, Job> jobsByBeanName)
    {
        this.jobLauncher = requireNonNull(jobLauncher, "jobLauncher is null");
        this.restarts = requireNonNull(restarts, "restarts is null");
        this.jobs = new LinkedHashMap<>();
        // in dependency order: references are checked against what the earlier sources loaded
        jobs.put("division", jobsByBeanName.get(DivisionExtractJobConfiguration.JOB_NAME));
        jobs.put("party", jobsByBeanName.get(PartySystemExtractJobConfiguration.JOB_NAME));
        jobs.put("grid", jobsByBeanName.get(GridPlatformExtractJobConfiguration.JOB_NAME));
        jobs.put("grid-api", jobsByBeanName.get(GridApiExtractJobConfiguration.JOB_NAME));
        jobs.put("fund", jobsByBeanName.get(FundLedgerExtractJobConfiguration.JOB_NAME));
        jobs.put("staff", jobsByBeanName.get(StaffRosterExtractJobConfiguration.JOB_NAME));
        jobs.put("two-new", jobsByBeanName.get(TwoNewRegisterExtractJobConfiguration.JOB_NAME));
        jobs.put("event", jobsByBeanName.get(ServiceEventExtractJobConfiguration.JOB_NAME));
    }

    List<String> sources()
    {
        return List.copyOf(jobs.keySet());
    }

    void extract(String source, LocalDate logicalDate)
            throws Exception
    {
        List<String> sources = source.equals("all") ? sources() : List.of(source.split(","));
        for (String name : sources) {
            if (!jobs.containsKey(name)) {
                throw new IllegalArgumentException("unknown source %s, expected one of %s or all".formatted(name, sources()));
            }
        }
        for (String name : sources) {
            Job job = jobs.get(name);
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            Optional<JobParameters> unfinished = restarts.unfinished(job, logicalDate);
            unfinished.ifPresent(parameters -> System.out.printf("[extract] %-9s %s: resuming the unfinished run %s%n", name, logicalDate, parameters.getLong(OdsJobParameters.RUN)));
            JobExecution execution = jobLauncher.run(job, unfinished.orElseGet(() -> OdsJobParameters.of(logicalDate, System.currentTimeMillis())));
            long[] totals = new long[3];
            for (StepExecution step : execution.getStepExecutions()) {
                long[] counts = LoadSummary.counts(step.getExecutionContext());
                if (counts != null) {
                    for (int index = 0; index < 3; index++) {
                        totals[index] += counts[index];
                    }
                }
            }
            System.out.printf("[extract] %-9s %s %s: read %,d = loaded %,d + quarantined %,d in %.1f s using %.1f s of CPU%n", name, logicalDate,
                    execution.getStatus(), totals[0], totals[1], totals[2], (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9);
            loadTimes(execution).forEach((table, time) -> System.out.printf("[load]    %-9s %s %s: read %,d in %.1f s%n", name, logicalDate, table,
                    time.read(), time.seconds()));
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("extract of %s for %s ended %s: %s".formatted(name, logicalDate, execution.getStatus(),
                        execution.getAllFailureExceptions()));
            }
        }
    }

    /**
     * Each load's rows read and time, from the first of its steps to start to the last to end (its publish), in the
     * order the loads were published. A resumed run counts only the steps it ran itself.
     */
    private static Map<String, LoadTime> loadTimes(JobExecution execution)
    {
        Map<String, LoadTime> times = new LinkedHashMap<>();
        List<StepExecution> steps = execution.getStepExecutions().stream()
                .filter(step -> step.getStartTime() != null && step.getEndTime() != null)
                .sorted(Comparator.comparing(StepExecution::getEndTime))
                .toList();
        for (StepExecution publish : steps) {
            long[] counts = LoadSummary.counts(publish.getExecutionContext());
            if (counts == null) {
                continue;
            }
            String load = LoadSummary.loadName(publish.getExecutionContext()) + ":";
            LocalDateTime start = steps.stream().filter(step -> step.getStepName().startsWith(load)).map(StepExecution::getStartTime)
                    .min(Comparator.naturalOrder()).orElseThrow();
            times.put(LoadSummary.table(publish.getExecutionContext()), new LoadTime(counts[0], Duration.between(start, publish.getEndTime()).toMillis() / 1e3));
        }
        return times;
    }

    private record LoadTime(long read, double seconds) {}

    /**
     * The CPU time of this process, every thread's (Spark's, the JIT's, the collector's): on a shared machine it varies
     * far less from run to run than the elapsed time.
     */
    private static long processCpuNanos()
    {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
