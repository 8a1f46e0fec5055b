package io.quanyu.source.grid;

import io.quanyu.source.community.CommunityKind;
import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.RandomEvents;
import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.people.ChineseNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * Derives a community's grids from its households (about 500 a grid, Cuiping's standard) and plays their history
 * forward as dated events: workers leave and are replaced, grids that grew too large are divided in two. Each
 * community has its own random stream, so communities are independent of each other and of the period's length.
 */
public final class GridHistoryGenerator
{
    public static final int HOUSEHOLDS_PER_GRID = 500;
    static final double WORKER_TURNOVER_PER_YEAR = 0.12;
    static final double URBAN_SPLIT_PER_YEAR = 0.03;

    private final long seed;
    private final LocalDate start;
    private final LocalDate end;

    public GridHistoryGenerator(long seed, LocalDate start, LocalDate end)
    {
        this.seed = seed;
        this.start = requireNonNull(start, "start is null");
        this.end = requireNonNull(end, "end is null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("history ends %s before it starts %s".formatted(end, start));
        }
    }

    public static int gridCount(CommunityProfile profile)
    {
        return Math.max(1, (profile.households() + HOUSEHOLDS_PER_GRID / 2) / HOUSEHOLDS_PER_GRID);
    }

    public GridHistory generate(List<CommunityProfile> profiles)
    {
        List<Grid> grids = new ArrayList<>();
        List<GridWorker> workers = new ArrayList<>();
        for (CommunityProfile profile : profiles) {
            CommunitySimulation simulation = new CommunitySimulation(profile);
            simulation.run();
            grids.addAll(simulation.grids);
            workers.addAll(simulation.workers);
        }
        grids.sort(java.util.Comparator.comparing(Grid::changedOn));
        workers.sort(java.util.Comparator.comparing(GridWorker::changedOn));
        return new GridHistory(grids, workers);
    }

    private final class CommunitySimulation
    {
        private final CommunityProfile profile;
        private final SplittableRandom random;
        private final PriorityQueue<Event> events = new PriorityQueue<>();
        private final Map<String, Grid> currentGrids = new LinkedHashMap<>();
        private final Map<String, GridWorker> currentWorkers = new LinkedHashMap<>();
        private final List<Grid> grids = new ArrayList<>();
        private final List<GridWorker> workers = new ArrayList<>();
        private int nextGrid = 1;
        private int nextWorker = 1;
        private long sequence;

        CommunitySimulation(CommunityProfile profile)
        {
            this.profile = profile;
            this.random = SeededRandom.forKey(seed, "grid-history", profile.community().code());
        }

        void run()
        {
            int count = gridCount(profile);
            for (int index = 0; index < count; index++) {
                int households = Math.max(80, profile.households() / count + random.nextInt(61) - 30);
                Grid grid = addGrid(households, start.minusDays(30 + random.nextInt(2_000)), null, start);
                staff(grid, start, true);
            }
            while (!events.isEmpty()) {
                Event event = events.poll();
                switch (event.kind) {
                    case LEAVE -> leave(event.key, event.day);
                    case SPLIT -> split(event.key, event.day);
                }
            }
        }

        private Grid addGrid(int households, LocalDate createdOn, String splitFrom, LocalDate day)
        {
            String code = profile.community().code() + "%03d".formatted(nextGrid);
            String name = profile.kind() == CommunityKind.URBAN ? "第%d网格".formatted(nextGrid) : "%d组网格".formatted(nextGrid);
            nextGrid++;
            Grid grid = new Grid(code, name, profile.community().code(), households, Math.max(1, households / 40), true, createdOn, splitFrom, day);
            record(grid);
            if (profile.kind() == CommunityKind.URBAN) {
                schedule(day, URBAN_SPLIT_PER_YEAR, EventKind.SPLIT, code);
            }
            return grid;
        }

        private void staff(Grid grid, LocalDate day, boolean initial)
        {
            List<GridRole> roles = new ArrayList<>(List.of(GridRole.LEADER, GridRole.FULL_TIME, GridRole.PART_TIME, GridRole.INSTRUCTOR));
            if (random.nextBoolean()) {
                roles.add(random.nextBoolean() ? GridRole.FULL_TIME : GridRole.PART_TIME);
            }
            roles.forEach(role -> hire(role, grid.code(), day, initial));
        }

        private void hire(GridRole role, String gridCode, LocalDate day, boolean initial)
        {
            String id = "GW" + profile.community().code() + "%03d".formatted(nextWorker++);
            LocalDate hiredOn = initial ? day.minusDays(random.nextInt(2_500)) : day;
            GridWorker worker = new GridWorker(id, ChineseNames.personName(random), random.nextInt(5) < 3 ? "女" : "男", role, gridCode,
                    ChineseNames.maskedMobile(random), hiredOn, true, day);
            record(worker);
            schedule(day, WORKER_TURNOVER_PER_YEAR, EventKind.LEAVE, id);
        }

        private void leave(String workerId, LocalDate day)
        {
            GridWorker worker = currentWorkers.get(workerId);
            if (worker == null || !worker.onDuty()) {
                return;
            }
            record(worker.leftOn(day));
            if (currentGrids.get(worker.gridCode()).active()) {
                hire(worker.role(), worker.gridCode(), day, false);
            }
        }

        /** The old grid is dissolved; its workers move to the first new grid, the second gets new workers. */
        private void split(String gridCode, LocalDate day)
        {
            Grid old = currentGrids.get(gridCode);
            int grown = old.households() + HOUSEHOLDS_PER_GRID / 2 + random.nextInt(200);
            record(old.dissolvedOn(day));
            Grid first = addGrid(grown / 2, day, old.code(), day);
            Grid second = addGrid(grown - grown / 2, day, old.code(), day);
            currentWorkers.values().stream()
                    .filter(worker -> worker.onDuty() && worker.gridCode().equals(old.code()))
                    .toList()
                    .forEach(worker -> record(worker.movedTo(first.code(), day)));
            staff(second, day, false);
        }

        private void schedule(LocalDate from, double ratePerYear, EventKind kind, String key)
        {
            LocalDate day = RandomEvents.within(from, ratePerYear, random, end);
            if (day != null) {
                events.add(new Event(day, sequence++, kind, key));
            }
        }

        private void record(Grid grid)
        {
            currentGrids.put(grid.code(), grid);
            grids.add(grid);
        }

        private void record(GridWorker worker)
        {
            currentWorkers.put(worker.id(), worker);
            workers.add(worker);
        }
    }

    private enum EventKind { LEAVE, SPLIT }

    private record Event(LocalDate day, long sequence, EventKind kind, String key)
            implements Comparable<Event>
    {
        @Override
        public int compareTo(Event other)
        {
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : Long.compare(sequence, other.sequence);
        }
    }

}
