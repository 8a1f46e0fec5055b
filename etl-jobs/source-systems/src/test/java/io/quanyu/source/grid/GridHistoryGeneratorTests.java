package io.quanyu.source.grid;

import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.CommunityProfiles;
import io.quanyu.source.territory.Territory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class GridHistoryGeneratorTests
{
    private static final LocalDate START = LocalDate.of(2023, 11, 23);
    private static final LocalDate END = LocalDate.of(2026, 11, 21);
    private final List<CommunityProfile> haishu = CommunityProfiles.of(Territory.ofCity("3302").restrictedToDistrict("330203000000"), 3);
    private final GridHistory history = new GridHistoryGenerator(3, START, END).generate(haishu);

    @Test
    void everyActiveGridHasFourOrFiveWorkersOnDutyOnAnyDay()
    {
        for (LocalDate day : List.of(START, START.plusDays(400), END)) {
            GridHistory state = history.asOf(day);
            Map<String, Long> onDuty = state.workers().stream().filter(GridWorker::onDuty)
                    .collect(Collectors.groupingBy(GridWorker::gridCode, Collectors.counting()));

            assertThat(state.grids()).filteredOn(Grid::active)
                    .allSatisfy(grid -> assertThat(onDuty.get(grid.code())).as("%s on %s", grid.code(), day).isBetween(4L, 5L));
            Set<String> active = state.grids().stream().filter(Grid::active).map(Grid::code).collect(Collectors.toSet());
            assertThat(onDuty.keySet()).as("grids with workers on %s", day).isSubsetOf(active);
        }
    }

    @Test
    void workersLeaveAtAboutTheTurnoverRateAndAreReplaced()
    {
        GridHistory first = history.asOf(START);
        long initial = first.workers().size();
        long left = history.workers().stream().filter(worker -> !worker.onDuty()).map(GridWorker::id).distinct().count();
        double perYear = left / (double) initial / 3.0;

        assertThat(perYear).isBetween(GridHistoryGenerator.WORKER_TURNOVER_PER_YEAR * 0.7, GridHistoryGenerator.WORKER_TURNOVER_PER_YEAR * 1.3);
    }

    @Test
    void aDividedGridIsDissolvedAndItsWorkersMoveToItsFirstSuccessor()
    {
        List<Grid> successors = history.grids().stream().filter(grid -> grid.splitFrom() != null).toList();
        GridHistory end = history.asOf(END);
        Set<String> dissolved = end.grids().stream().filter(grid -> !grid.active()).map(Grid::code).collect(Collectors.toSet());

        assertThat(successors).isNotEmpty();
        assertThat(successors).allSatisfy(grid -> assertThat(dissolved).contains(grid.splitFrom()));
        assertThat(end.workers()).filteredOn(GridWorker::onDuty).allSatisfy(worker -> assertThat(dissolved).doesNotContain(worker.gridCode()));
        Set<String> successorCodes = successors.stream().map(Grid::code).collect(Collectors.toSet());
        assertThat(history.workers()).filteredOn(worker -> successorCodes.contains(worker.gridCode()) && worker.hiredOn().isBefore(worker.changedOn()))
                .as("workers moved into a successor grid").isNotEmpty();
    }

    @Test
    void theFirstDayHoldsTheWholeStateAndLaterDaysOnlyChanges()
    {
        Map<LocalDate, GridHistory> byDay = history.byDay();

        assertThat(byDay.get(START).grids()).hasSameSizeAs(history.asOf(START).grids());
        assertThat(byDay.keySet()).allSatisfy(day -> assertThat(day).isBetween(START, END));
        assertThat(byDay.entrySet()).filteredOn(entry -> !entry.getKey().equals(START))
                .allSatisfy(entry -> assertThat(entry.getValue().workers().size()).isLessThan(100));
    }
}
