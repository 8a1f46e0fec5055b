package io.quanyu.screen;

import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** What the screen shows of party organizations on one day: the city total, per district and per level. */
public record OrganizationOverview(
        LocalDate statDate,
        String cityCode,
        String cityName,
        long totalOrganizations,
        List<RegionCount> districts,
        List<LevelCount> levels)
{
    public OrganizationOverview
    {
        requireNonNull(cityCode, "cityCode is null");
        districts = List.copyOf(districts);
        levels = List.copyOf(levels);
    }

    public record RegionCount(String code, String name, long organizations)
    {
        public RegionCount
        {
            requireNonNull(code, "code is null");
            requireNonNull(name, "name is null");
        }
    }

    public record LevelCount(String level, long organizations)
    {
        public LevelCount
        {
            requireNonNull(level, "level is null");
        }
    }
}
