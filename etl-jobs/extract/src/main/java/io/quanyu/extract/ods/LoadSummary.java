package io.quanyu.extract.ods;

import org.springframework.batch.item.ExecutionContext;

import static java.util.Objects.requireNonNull;

/** What one load did, as printed at the end of a job and kept in its publish step's execution context. */
public record LoadSummary(String sourceSystem, String table, long read, long loaded, long quarantined, LoadWindow window)
{
    private static final String PREFIX = "ods.summary.";

    public LoadSummary
    {
        requireNonNull(sourceSystem, "sourceSystem is null");
        requireNonNull(table, "table is null");
        requireNonNull(window, "window is null");
    }

    public void store(ExecutionContext context)
    {
        context.putString(PREFIX + "source", sourceSystem);
        context.putString(PREFIX + "table", table);
        context.putLong(PREFIX + "read", read);
        context.putLong(PREFIX + "loaded", loaded);
        context.putLong(PREFIX + "quarantined", quarantined);
    }

    /** The name of the load whose publish step stored a summary ({@link OdsSteps#loadName}), or null for any other step. */
    public static String loadName(ExecutionContext context)
    {
        return context.containsKey(PREFIX + "table") ? OdsSteps.loadName(context.getString(PREFIX + "source"), context.getString(PREFIX + "table")) : null;
    }

    /** The table a publish step loaded, or null for a step that is not a publish step. */
    public static String table(ExecutionContext context)
    {
        return context.containsKey(PREFIX + "table") ? context.getString(PREFIX + "table") : null;
    }

    /** The counts a publish step stored, or null for a step that is not a publish step. */
    public static long[] counts(ExecutionContext context)
    {
        if (!context.containsKey(PREFIX + "read")) {
            return null;
        }
        return new long[] {context.getLong(PREFIX + "read"), context.getLong(PREFIX + "loaded"), context.getLong(PREFIX + "quarantined")};
    }

    @Override
    public String toString()
    {
        return "%s -> %s: read %,d = loaded %,d + quarantined %,d (window %s to %s)".formatted(sourceSystem, table, read, loaded, quarantined,
                window.start() == null ? "the beginning" : window.start(), window.end());
    }
}
