package io.quanyu.source.grid;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every version of every grid and grid worker of some communities over the simulated period. */
public record GridHistory(List<Grid> grids, List<GridWorker> workers)
{
    public GridHistory
    {
        grids = List.copyOf(grids);
        workers = List.copyOf(workers);
    }

    /** Only the grids and workers of one district, by the 6-digit prefix of their codes. */
    public GridHistory inDistrict(String districtPrefix)
    {
        return new GridHistory(
                grids.stream().filter(grid -> grid.communityCode().startsWith(districtPrefix)).toList(),
                workers.stream().filter(worker -> worker.gridCode().startsWith(districtPrefix)).toList());
    }

    /** Every division of a grid in two, in the order they happened. */
    public List<GridSplit> splits()
    {
        Map<String, List<Grid>> bySource = grids.stream()
                .filter(grid -> grid.splitFrom() != null && grid.createdOn().equals(grid.changedOn()))
                .collect(Collectors.groupingBy(Grid::splitFrom, LinkedHashMap::new, Collectors.toList()));
        return bySource.entrySet().stream()
                .map(split -> {
                    Grid first = split.getValue().get(0);
                    List<String> parts = split.getValue().stream().map(Grid::code).distinct().sorted().toList();
                    return new GridSplit(first.communityCode(), GridSplit.number(split.getKey()), GridSplit.number(parts.get(0)),
                            GridSplit.number(parts.get(1)), first.createdOn());
                })
                .sorted(Comparator.comparing(GridSplit::on).thenComparing(GridSplit::communityCode).thenComparing(GridSplit::dividedNumber))
                .toList();
    }

    /** The versions grouped by the day they were written, each day holding the newest version per key. */
    public Map<LocalDate, GridHistory> byDay()
    {
        Map<LocalDate, List<Grid>> gridsByDay = grids.stream().collect(Collectors.groupingBy(Grid::changedOn));
        Map<LocalDate, List<GridWorker>> workersByDay = workers.stream().collect(Collectors.groupingBy(GridWorker::changedOn));
        Map<LocalDate, GridHistory> days = new java.util.TreeMap<>();
        java.util.Set<LocalDate> all = new java.util.TreeSet<>(gridsByDay.keySet());
        all.addAll(workersByDay.keySet());
        for (LocalDate day : all) {
            days.put(day, new GridHistory(latestPerKey(gridsByDay.getOrDefault(day, List.of()), Grid::code),
                    latestPerKey(workersByDay.getOrDefault(day, List.of()), GridWorker::id)));
        }
        return days;
    }

    /** The state on a day: the newest version of each grid and worker changed on or before it. */
    public GridHistory asOf(LocalDate day)
    {
        return new GridHistory(
                latestPerKey(grids.stream().filter(grid -> !grid.changedOn().isAfter(day)).toList(), Grid::code),
                latestPerKey(workers.stream().filter(worker -> !worker.changedOn().isAfter(day)).toList(), GridWorker::id));
    }

    private static <T> List<T> latestPerKey(List<T> versions, Function<T, String> key)
    {
        Map<String, T> latest = new LinkedHashMap<>();
        versions.forEach(version -> latest.put(key.apply(version), version));
        return latest.values().stream().sorted(Comparator.comparing(key)).collect(Collectors.toList());
    }
}
