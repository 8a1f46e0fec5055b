package io.quanyu.source.event;

import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.CommunityProfiles;
import io.quanyu.source.grid.Grid;
import io.quanyu.source.grid.GridHistory;
import io.quanyu.source.grid.GridHistoryGenerator;
import io.quanyu.source.territory.Territory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEventGeneratorTests
{
    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private static final LocalDate END = LocalDate.of(2026, 11, 21);
    private final List<CommunityProfile> haishu = CommunityProfiles.of(Territory.ofCity("3302").restrictedToDistrict("330203000000"), 8);
    private final GridHistory grids = new GridHistoryGenerator(8, START, END).generate(haishu);
    private final List<ServiceEvent> events = generate(8);

    @Test
    void theSameSeedGivesTheSameEvents()
    {
        assertThat(generate(8)).isEqualTo(events);
        assertThat(generate(9)).isNotEqualTo(events);
    }

    @Test
    void everyTicketsTimestampsFollowTheLoopAndItsStatus()
    {
        LocalDateTime cutoff = END.plusDays(1).atStartOfDay();
        for (ServiceEvent event : events.stream().filter(event -> event.type().ticket()).toList()) {
            List<LocalDateTime> reached = Stream.of(event.createdAt(), event.dispatchedAt(), event.respondedAt(), event.resolvedAt(), event.evaluatedAt())
                    .filter(java.util.Objects::nonNull).toList();
            assertThat(reached).as(event.id()).isSorted().allSatisfy(time -> assertThat(time).isBefore(cutoff));
            assertThat(event.createdAt()).as(event.id()).isAfterOrEqualTo(event.reportedAt());
            // a reopened ticket last changed when it was reopened, after the timestamps it still has
            if (event.reopenedCount() == 0) {
                assertThat(event.updatedAt()).as(event.id()).isEqualTo(reached.get(reached.size() - 1));
            }
            assertThat(event.updatedAt()).as(event.id()).isAfterOrEqualTo(reached.get(reached.size() - 1)).isBefore(cutoff);
            String expected = event.evaluatedAt() != null ? "已评价" : event.resolvedAt() != null ? "已办结"
                    : event.respondedAt() != null && event.reopenedCount() == 0 ? "已响应" : event.dispatchedAt() != null ? "已派单" : "已上报";
            if (!(event.reopenedCount() > 0 && expected.equals("已派单"))) {
                assertThat(event.status()).as(event.id()).isEqualTo(expected);
            }
            assertThat(event.satisfaction() == null).as(event.id()).isEqualTo(event.evaluatedAt() == null);
        }
    }

    @Test
    void shareOfLateOverdueAndReopenedTicketsIsAsDesigned()
    {
        List<ServiceEvent> closed = events.stream().filter(event -> event.type().ticket() && event.resolvedAt() != null).toList();
        double late = closed.stream().filter(event -> event.createdAt().isAfter(event.reportedAt().plusDays(1))).count() / (double) closed.size();
        double overdue = closed.stream().filter(event -> event.resolvedAt().isAfter(event.deadlineAt())).count() / (double) closed.size();
        long reopened = closed.stream().filter(event -> event.reopenedCount() > 0).count();

        assertThat(late).isBetween(0.06, 0.10);
        assertThat(overdue).isBetween(0.08, 0.25);
        assertThat(reopened).isPositive();
        assertThat(closed).filteredOn(event -> event.reopenedCount() > 0 && event.satisfaction() != null)
                .allSatisfy(event -> assertThat(event.satisfaction()).isGreaterThanOrEqualTo(3));
    }

    @Test
    void everyEventLandsOnAGridOfItsCommunityThatExistedThatDay()
    {
        Map<String, List<Grid>> versions = grids.grids().stream().collect(Collectors.groupingBy(Grid::code));

        assertThat(events).allSatisfy(event -> {
            assertThat(event.gridCode()).startsWith(event.divisionCode());
            LocalDate day = event.reportedAt().toLocalDate();
            List<Grid> history = versions.get(event.gridCode());
            assertThat(history.get(0).changedOn()).isBeforeOrEqualTo(day);
            history.stream().filter(version -> !version.active()).forEach(dissolved -> assertThat(dissolved.changedOn()).isAfter(day));
        });
    }

    @Test
    void activitiesCarryParticipantsAndVolunteerServiceItsHours()
    {
        assertThat(events).filteredOn(event -> !event.type().ticket()).isNotEmpty().allSatisfy(event -> {
            assertThat(event.status()).isEqualTo("已完成");
            assertThat(event.participants()).isPositive();
            assertThat(event.volunteerHours() != null).isEqualTo(event.type() == ServiceEventType.VOLUNTEER_SERVICE);
        });
    }

    private List<ServiceEvent> generate(long seed)
    {
        List<ServiceEvent> generated = new ArrayList<>();
        new ServiceEventGenerator(seed, START, END, 1).generate(haishu, grids, generated::add);
        return generated;
    }
}
