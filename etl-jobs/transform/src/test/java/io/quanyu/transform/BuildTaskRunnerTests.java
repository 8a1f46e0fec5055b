package io.quanyu.transform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuildTaskRunnerTests
{
    @Test
    void aTaskStartsOnlyAfterTheTasksItWaitsForAndIndependentTasksRunSideBySide()
    {
        // given two independent tasks that each finish only once the other has started, and a third waiting for both
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        List<BuildTask> tasks = List.of(
                new BuildTask("dim_region", Set.of(), () -> meet(bothStarted, finished, "dim_region")),
                new BuildTask("dim_grid", Set.of(), () -> meet(bothStarted, finished, "dim_grid")),
                new BuildTask("dws_grid_monthly", Set.of("dim_region", "dim_grid"), () -> finished.add("dws_grid_monthly")));

        // when they run on two threads
        new BuildTaskRunner(2).run(tasks);

        // then the two met (neither waited for the other to end) and the third ran last
        assertThat(finished).hasSize(3).endsWith("dws_grid_monthly");
    }

    @Test
    void afterAFailureNothingElseStartsAndTheFailureIsThrown()
    {
        // given a failing task, one waiting for it, and an independent one listed after both
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        List<BuildTask> tasks = List.of(
                new BuildTask("dim_region", Set.of(), () -> {
                    throw new IllegalStateException("unknown division code 330299 in ods_division");
                }),
                new BuildTask("dws_grid_monthly", Set.of("dim_region"), () -> ran.add("dws_grid_monthly")),
                new BuildTask("dim_date", Set.of("dim_region"), () -> ran.add("dim_date")));

        // when they run on one thread, then the failure comes out as it was thrown and neither other task ran
        assertThatThrownBy(() -> new BuildTaskRunner(1).run(tasks))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("unknown division code 330299 in ods_division");
        assertThat(ran).isEmpty();
    }

    @Test
    void aCheckedExceptionThrownAsSparkThrowsItIsTheFailure()
    {
        // given a task failing the way a failed Spark job does, with a checked exception no signature declares
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        List<BuildTask> tasks = List.of(
                new BuildTask("dwd_service_event", Set.of(), () -> throwUnchecked(new Exception("Job aborted due to stage failure"))),
                new BuildTask("dws_service_event_daily", Set.of("dwd_service_event"), () -> ran.add("dws_service_event_daily")));

        // when they run, then the run fails with it instead of returning as if every task had run
        assertThatThrownBy(() -> new BuildTaskRunner(2).run(tasks))
                .hasMessage("build step failed: java.lang.Exception: Job aborted due to stage failure")
                .hasCauseInstanceOf(Exception.class);
        assertThat(ran).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void throwUnchecked(Throwable failure)
            throws E
    {
        throw (E) failure;
    }

    @Test
    void aTaskListedBeforeWhatItWaitsForIsRefusedBeforeAnythingRuns()
    {
        List<String> ran = new ArrayList<>();
        List<BuildTask> tasks = List.of(
                new BuildTask("dim_date", Set.of(), () -> ran.add("dim_date")),
                new BuildTask("dws_grid_monthly", Set.of("dim_grid"), () -> ran.add("dws_grid_monthly")),
                new BuildTask("dim_grid", Set.of(), () -> ran.add("dim_grid")));

        assertThatThrownBy(() -> new BuildTaskRunner(2).run(tasks))
                .hasMessage("task dws_grid_monthly waits for dim_grid, which is not listed before it");
        assertThat(ran).isEmpty();
    }

    private static void meet(CountDownLatch bothStarted, List<String> finished, String name)
    {
        bothStarted.countDown();
        try {
            if (!bothStarted.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " ran alone: the other task never started beside it");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        finished.add(name);
    }
}
