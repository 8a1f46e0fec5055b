package io.quanyu.source.event;

import io.quanyu.source.grid.Grid;
import io.quanyu.source.grid.GridHistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Which grids of each community were in service on which days, so an event lands on a grid that existed then. */
final class GridCalendar
{
    private final Map<String, List<Interval>> byCommunity = new HashMap<>();

    GridCalendar(GridHistory history)
    {
        Map<String, Interval> byGrid = new LinkedHashMap<>();
        for (Grid version : history.grids()) {
            Interval interval = byGrid.computeIfAbsent(version.code(), code -> new Interval(code, version.changedOn()));
            if (!version.active()) {
                interval.until = version.changedOn();
            }
        }
        byGrid.values().forEach(interval -> byCommunity.computeIfAbsent(interval.code.substring(0, 12), key -> new ArrayList<>()).add(interval));
    }

    /** A grid of the community in service on the day, or null when it had none. */
    String pick(String communityCode, LocalDate day, SplittableRandom random)
    {
        List<Interval> candidates = byCommunity.getOrDefault(communityCode, List.of()).stream()
                .filter(interval -> !interval.from.isAfter(day) && (interval.until == null || interval.until.isAfter(day)))
                .toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size())).code;
    }

    private static final class Interval
    {
        private final String code;
        private final LocalDate from;
        private LocalDate until;

        Interval(String code, LocalDate from)
        {
            this.code = code;
            this.from = from;
        }
    }
}
