package io.quanyu.source.grid;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** A grid divided in two on a day: the grid numbers are the last three digits of the grid codes, within the community. */
public record GridSplit(String communityCode, int dividedNumber, int firstNumber, int secondNumber, LocalDate on)
{
    public GridSplit
    {
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(on, "on is null");
    }

    static int number(String gridCode)
    {
        return Integer.parseInt(gridCode.substring(gridCode.length() - 3));
    }
}
