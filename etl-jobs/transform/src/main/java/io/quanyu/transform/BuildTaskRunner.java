package io.quanyu.transform;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a day's build steps on a few threads of one SparkSession, each step once the steps it waits for have finished,
 * the way dbt runs independent models side by side. A step spends much of its time planning and committing on the
 * driver, and another step's Spark tasks use the executor cores meanwhile. After a failure no further step starts;
 * the ones running finish, and the first failure is thrown.
 */
public final class BuildTaskRunner
{
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;

    public BuildTaskRunner(int threads)
    {
        if (threads < 1) {
            throw new IllegalArgumentException("a build needs at least one thread, got " + threads);
        }
        this.threads = threads;
    }

    /** Runs the tasks, listed so that every task comes after those it waits for. */
    public void run(List<BuildTask> tasks)
    {
        requireOrdered(tasks);
        ThreadPoolExecutor executor = executor();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        try {
            Map<String, CompletableFuture<Void>> scheduled = new ConcurrentHashMap<>();
            for (BuildTask task : tasks) {
                CompletableFuture<?>[] before = task.after().stream().map(scheduled::get).toArray(CompletableFuture<?>[]::new);
                scheduled.put(task.name(), CompletableFuture.allOf(before).thenRunAsync(() -> runUnlessFailed(task, firstFailure), executor));
            }
            // a task whose predecessor failed completes exceptionally without running; waiting on all lets the running ones end
            CompletableFuture.allOf(scheduled.values().toArray(CompletableFuture<?>[]::new)).exceptionally(failure -> null).join();
        }
        finally {
            executor.shutdown();
        }
        Throwable failure = firstFailure.get();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException("build step failed: " + failure, failure);
        }
    }

    private static void runUnlessFailed(BuildTask task, AtomicReference<Throwable> firstFailure)
    {
        if (firstFailure.get() != null) {
            return;
        }
        try {
            task.work().run();
        }
        // Spark's Scala code throws checked exceptions (a failed job's SparkException) that no signature declares
        catch (Throwable e) {
            firstFailure.compareAndSet(null, e);
            throw e;
        }
    }

    private ThreadPoolExecutor executor()
    {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread worker = new Thread(work, "quanyu-build-%d-%d".formatted(pool, count.incrementAndGet()));
            worker.setDaemon(true);
            return worker;
        });
        // Spark's job properties pass to threads from the thread that creates them: create them here, outside any query
        executor.prestartAllCoreThreads();
        return executor;
    }

    private static void requireOrdered(List<BuildTask> tasks)
    {
        Set<String> listed = new HashSet<>();
        for (BuildTask task : tasks) {
            task.after().stream().filter(name -> !listed.contains(name)).findFirst().ifPresent(name -> {
                throw new IllegalArgumentException("task %s waits for %s, which is not listed before it".formatted(task.name(), name));
            });
            if (!listed.add(task.name())) {
                throw new IllegalArgumentException("task %s is listed twice".formatted(task.name()));
            }
        }
    }
}
