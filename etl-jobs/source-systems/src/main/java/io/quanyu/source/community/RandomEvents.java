package io.quanyu.source.community;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Events that happen at a steady yearly rate: the day of the next one, drawn from an exponential waiting time. */
public final class RandomEvents
{
    private RandomEvents() {}

    /** The day of the next event after {@code from}, at least {@code minimumDays} later. One draw from the stream. */
    public static LocalDate after(LocalDate from, double ratePerYear, SplittableRandom random, int minimumDays)
    {
        double years = -Math.log(1 - random.nextDouble()) / ratePerYear;
        return from.plusDays(Math.max(minimumDays, Math.round(years * 365)));
    }

    /** The same, or null when it falls after {@code end}. */
    public static LocalDate within(LocalDate from, double ratePerYear, SplittableRandom random, LocalDate end)
    {
        LocalDate day = after(from, ratePerYear, random, 1);
        return day.isAfter(end) ? null : day;
    }
}
