package io.quanyu.transform.event;

import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceEventBuildersTests
        extends SparkTestBase
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private static final String COMMUNITY = "330203001001";

    @Test
    void theSnapshotKeepsEachEventsLatestStateWithItsDurationsAndOverdueFlag()
    {
        // given a ticket loaded open and later resolved a day after its deadline, a ticket still open past its deadline,
        // a ticket resolved in time, and an activity
        LocalDateTime reported = DAY.minusDays(5).atTime(9, 0);
        Dataset<Row> loaded = events(
                ticket("E1", DAY.minusDays(5), "已派单", reported, null, null, reported.plusDays(3), null),
                ticket("E1", DAY, "已办结", reported, reported.plusMinutes(90), reported.plusDays(4), reported.plusDays(3), null),
                ticket("E2", DAY, "已响应", reported, reported.plusMinutes(30), null, reported.plusDays(3), null),
                ticket("E3", DAY, "已评价", reported, reported.plusMinutes(10), reported.plusHours(20), reported.plusDays(3), 5),
                activity("E4", DAY, reported, reported.plusHours(3), 40, "120.0"));

        // when the snapshot of the day is built
        Map<String, Row> snapshot = ServiceEventSnapshotBuilder.build(loaded, DAY).collectAsList().stream()
                .collect(Collectors.toMap(row -> row.getAs("event_id"), row -> row));

        // then
        assertThat(snapshot).hasSize(4);
        Row late = snapshot.get("E1");
        assertThat(late.<String>getAs("status")).isEqualTo("已办结");
        assertThat(late.<Long>getAs("response_minutes")).isEqualTo(90L);
        assertThat(late.<BigDecimal>getAs("resolution_hours")).isEqualByComparingTo("96.00");
        assertThat(late.<Boolean>getAs("is_overdue")).isTrue();
        assertThat(snapshot.get("E2").<Boolean>getAs("is_overdue")).as("open past its deadline").isTrue();
        assertThat(snapshot.get("E2").<Boolean>getAs("is_resolved")).isFalse();
        assertThat(snapshot.get("E3").<Boolean>getAs("is_overdue")).isFalse();
        assertThat(snapshot.get("E4").<Boolean>getAs("is_ticket")).isFalse();
        assertThat(snapshot.get("E4").<Boolean>getAs("is_overdue")).isFalse();
        assertThat(snapshot.get("E4").<Boolean>getAs("is_resolved")).isTrue();
    }

    @Test
    void anEventsStateIsItsLastChangeLoadedByTheDayAndOfTwoReadsOfOneChangeTheLaterLoad()
    {
        // given an event loaded three times, the last after the day; an event read on two days with the same change
        // time, the later read correcting its status; and an event first loaded after the day
        LocalDateTime reported = DAY.minusDays(3).atTime(9, 0);
        LocalDateTime deadline = reported.plusDays(3);
        Dataset<Row> loaded = events(
                ticket("E1", DAY.minusDays(2), "已派单", reported, null, null, deadline, null),
                ticket("E1", DAY, "已响应", reported, reported.plusHours(2), null, deadline, null),
                ticket("E1", DAY.plusDays(1), "已办结", reported, reported.plusHours(2), reported.plusDays(2), deadline, null),
                ticket("E5", DAY.minusDays(1), "已上报", reported, null, null, deadline, null),
                ticket("E5", DAY, "已派单", reported, null, null, deadline, null),
                ticket("E6", DAY.plusDays(1), "已上报", reported, null, null, deadline, null));

        // when the snapshot of the day is built
        Map<String, String> statuses = ServiceEventSnapshotBuilder.build(loaded, DAY).collectAsList().stream()
                .collect(Collectors.toMap(row -> row.getAs("event_id"), row -> row.getAs("status")));

        // then each event loaded by the day is there once, in its state as of the day
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of("E1", "已响应", "E5", "已派单"));
    }

    @Test
    void theRevisionsOfTheLargestLoadAreFoundThroughTheOtherLoads()
    {
        // given a largest load of three events, two of them loaded again later, and an event loaded twice in the
        // smaller loads only
        LocalDate largest = DAY.minusDays(2);
        LocalDateTime reported = DAY.minusDays(3).atTime(9, 0);
        LocalDateTime deadline = reported.plusDays(3);
        Dataset<Row> loaded = events(
                ticket("E1", largest, "已上报", reported, null, null, deadline, null),
                ticket("E2", largest, "已上报", reported, null, null, deadline, null),
                ticket("E3", largest, "已上报", reported, null, null, deadline, null),
                ticket("E1", DAY.minusDays(1), "已派单", reported, null, null, deadline, null),
                ticket("E2", DAY, "已响应", reported, reported.plusHours(2), null, deadline, null),
                ticket("E4", DAY.minusDays(1), "已上报", reported, null, null, deadline, null),
                ticket("E4", DAY, "已派单", reported, null, null, deadline, null),
                ticket("E5", DAY, "已上报", reported, null, null, deadline, null));

        // when the revisions are found both ways
        List<Row> throughOthers = ServiceEventSnapshotBuilder.revisions(loaded, largest).collectAsList();
        List<Row> grouped = ServiceEventSnapshotBuilder.revisions(loaded).collectAsList();

        // then both hold the events loaded more than once, each with the same newest version
        assertThat(throughOthers.stream().map(row -> row.getString(0))).containsExactlyInAnyOrder("E1", "E2", "E4");
        assertThat(throughOthers).containsExactlyInAnyOrderElementsOf(grouped);
    }

    @Test
    void theDailyCountsAddEachSideOfTheLoopOnItsOwnDay()
    {
        // given the same events
        LocalDateTime reported = DAY.minusDays(5).atTime(9, 0);
        Dataset<Row> snapshot = ServiceEventSnapshotBuilder.build(events(
                ticket("E1", DAY, "已办结", reported, reported.plusMinutes(90), reported.plusDays(4), reported.plusDays(3), null),
                ticket("E2", DAY, "已响应", reported, reported.plusMinutes(30), null, reported.plusDays(3), null),
                ticket("E3", DAY, "已评价", reported, reported.plusMinutes(10), reported.plusHours(20), reported.plusDays(3), 5),
                activity("E4", DAY, reported, reported.plusHours(3), 40, "120.0")), DAY);

        // when they are counted by day
        Map<String, String> days = ServiceEventDailyBuilder.build(snapshot).collectAsList().stream()
                .collect(Collectors.toMap(row -> row.getAs("stat_date") + " " + row.getAs("event_type"),
                        row -> "reported=%s resolved=%s tickets=%s overdue=%s hours=%s evaluations=%s satisfaction=%s participants=%s volunteer=%s".formatted(
                                row.getAs("events_reported"), row.getAs("events_resolved"), row.getAs("tickets_resolved"), row.getAs("tickets_resolved_overdue"),
                                row.getAs("resolution_hours_total"), row.getAs("evaluations"), row.getAs("satisfaction_total"),
                                row.getAs("participants_total"), row.getAs("volunteer_hours_total"))));

        // then the report day counts the three tickets and the activity, E3 is resolved on the next day and
        // evaluated on the one after, E1 resolved late four days after it was reported
        assertThat(days).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2026-11-05 12345市民诉求", "reported=3 resolved=0 tickets=0 overdue=0 hours=0.00 evaluations=0 satisfaction=0 participants=0 volunteer=0.0",
                "2026-11-05 志愿服务", "reported=1 resolved=1 tickets=0 overdue=0 hours=0.00 evaluations=0 satisfaction=0 participants=40 volunteer=120.0",
                "2026-11-06 12345市民诉求", "reported=0 resolved=1 tickets=1 overdue=0 hours=20.00 evaluations=0 satisfaction=0 participants=0 volunteer=0.0",
                "2026-11-07 12345市民诉求", "reported=0 resolved=0 tickets=0 overdue=0 hours=0.00 evaluations=1 satisfaction=5 participants=0 volunteer=0.0",
                "2026-11-09 12345市民诉求", "reported=0 resolved=1 tickets=1 overdue=1 hours=96.00 evaluations=0 satisfaction=0 participants=0 volunteer=0.0"));
    }

    @Test
    void aTicketTooLongForTheDailyCountsStopsTheBuildRatherThanCountingNothing()
    {
        // given a ticket resolved 120 years after it was reported: more hours than an event's eight digits hold
        LocalDateTime reported = DAY.minusDays(5).atTime(9, 0);
        Dataset<Row> snapshot = ServiceEventSnapshotBuilder.build(events(
                ticket("E1", DAY, "已办结", reported, reported.plusMinutes(90), reported.plusYears(120), reported.plusDays(3), null)), DAY);

        // when it is counted by day, then the build fails instead of adding nothing for it
        assertThatThrownBy(() -> ServiceEventDailyBuilder.build(snapshot).collectAsList())
                .hasStackTraceContaining("NUMERIC_VALUE_OUT_OF_RANGE");
    }

    private static Dataset<Row> events(Row... rows)
    {
        return spark().createDataFrame(List.of(rows), WarehouseTables.schema(WarehouseCatalogue.load().table("ods_service_event")));
    }

    private static Row ticket(String id, LocalDate loadDay, String status, LocalDateTime reported, LocalDateTime responded, LocalDateTime resolved,
            LocalDateTime deadline, Integer satisfaction)
    {
        LocalDateTime evaluated = satisfaction == null ? null : resolved.plusDays(1);
        LocalDateTime updated = evaluated != null ? evaluated : resolved != null ? resolved : responded != null ? responded : reported;
        return RowFactory.create(id, "12345市民诉求", "噪音扰民", COMMUNITY, null, "12345热线", time(reported), time(reported), time(responded), time(resolved),
                time(evaluated), time(deadline), status, satisfaction, 0, "城管", null, null, time(reported), time(updated),
                "test", "test:" + id, "load-" + loadDay, Date.valueOf(loadDay), new Timestamp(0));
    }

    private static Row activity(String id, LocalDate loadDay, LocalDateTime held, LocalDateTime ended, int participants, String hours)
    {
        return RowFactory.create(id, "志愿服务", "环境整治志愿服务", COMMUNITY, null, "社区登记", time(held), null, null, time(ended), null, null, "已完成", null, 0,
                null, participants, new BigDecimal(hours), time(held), time(ended), "test", "test:" + id, "load-" + loadDay, Date.valueOf(loadDay), new Timestamp(0));
    }

    private static Timestamp time(LocalDateTime time)
    {
        return time == null ? null : Timestamp.valueOf(time);
    }
}
