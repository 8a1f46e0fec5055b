package io.quanyu.source.grid;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * One version of a grid as the district grid platform holds it: the state from {@code changedOn} on.
 *
 * @param code the community code followed by a three-digit number
 * @param splitFrom the grid this one was divided from, or null
 */
public record Grid(
        String code,
        String name,
        String communityCode,
        int households,
        int microGrids,
        boolean active,
        LocalDate createdOn,
        String splitFrom,
        LocalDate changedOn)
{
    public Grid
    {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(createdOn, "createdOn is null");
        requireNonNull(changedOn, "changedOn is null");
    }

    public String status()
    {
        return active ? "正常" : "已撤销";
    }

    Grid dissolvedOn(LocalDate day)
    {
        return new Grid(code, name, communityCode, households, microGrids, false, createdOn, splitFrom, day);
    }
}
