package io.quanyu.transform;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/** One step of a day's build, a table's transform or its data tests, and the steps that must finish before it starts. */
public record BuildTask(String name, Set<String> after, Runnable work)
{
    public BuildTask
    {
        requireNonNull(name, "name is null");
        after = Set.copyOf(after);
        requireNonNull(work, "work is null");
        if (after.contains(name)) {
            throw new IllegalArgumentException("task %s cannot wait for itself".formatted(name));
        }
    }
}
