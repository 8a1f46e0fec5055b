package io.quanyu.extract.ods;

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

    public boolean contains(LocalDateTime time)
    {
        return (start == null || !time.isBefore(start)) && time.isBefore(end);
    }

    public boolean containsDay(LocalDate day)
    {
        return contains(day.atStartOfDay());
    }
}
