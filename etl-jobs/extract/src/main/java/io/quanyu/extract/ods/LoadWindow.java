package io.quanyu.extract.ods;

import org.springframework.batch.item.ExecutionContext;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static java.util.Objects.requireNonNull;

/**
 * What a load reads: changes (or files dated) from {@code start}, inclusive, to {@code end}, exclusive. A null start
 * reads everything there is. {@code recordedEnd} is where the next load starts: the end itself, or for monthly files
 * the start of a month still open, so that month is read again until it closes.
 */
public record LoadWindow(LocalDateTime start, LocalDateTime end, LocalDateTime recordedEnd)
{
    public LoadWindow
    {
        requireNonNull(end, "end is null");
        requireNonNull(recordedEnd, "recordedEnd is null");
        if (start != null && start.isAfter(end)) {
            throw new IllegalArgumentException("window starts at %s after its end %s".formatted(start, end));
        }
    }

    private static final String START = "ods.window.start";
    private static final String END = "ods.window.end";
    private static final String RECORDED_END = "ods.window.recorded-end";

    /** Keeps the window with the step that read it, so the publish step records exactly what was read. */
    public void store(ExecutionContext context)
    {
        if (start != null) {
            context.putString(START, start.toString());
        }
        context.putString(END, end.toString());
        context.putString(RECORDED_END, recordedEnd.toString());
    }

    public static LoadWindow from(ExecutionContext context)
    {
        if (!context.containsKey(END)) {
            throw new IllegalStateException("no load window in the step's execution context");
        }
        return new LoadWindow(context.containsKey(START) ? LocalDateTime.parse(context.getString(START)) : null,
                LocalDateTime.parse(context.getString(END)), LocalDateTime.parse(context.getString(RECORDED_END)));
    }

    public boolean contains(LocalDateTime time)
    {
        return (start == null || !time.isBefore(start)) && time.isBefore(end);
    }

    public boolean containsDay(LocalDate day)
    {
        return contains(day.atStartOfDay());
    }
}
