package io.quanyu.transform.event;

import io.quanyu.spark.SparkTestBase;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static io.quanyu.transform.event.ServiceEventRows.events;
import static io.quanyu.transform.event.ServiceEventRows.time;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.assertj.core.api.Assertions.assertThat;

class ServiceEventIncrementBuilderTests
        extends SparkTestBase
{
    private static final LocalDate BUILT = LocalDate.of(2026, 11, 20);
    private static final LocalDate DAY = BUILT.plusDays(1);

    @Test
    void rewritingTheTouchedMonthsGivesTheFullBuildOfTheDay()
    {
        // given the table built for a day, and the next day's load
        Dataset<Row> earlier = events(spark(),
                ticket("MOVED", BUILT, "已派单", at(5, 31), null, at(6, 10), at(5, 31)),
                ticket("TIE", BUILT, "已派单", at(6, 3), null, at(6, 30), at(6, 3)),
                ticket("UNTOUCHED", BUILT, "已办结", at(7, 1), at(7, 2), at(7, 5), at(7, 2)),
                ticket("STALE", BUILT, "已办结", at(8, 1), at(8, 2), at(8, 5), at(8, 2)),
                ticket("LAPSING", BUILT, "已派单", at(9, 1), null, DAY.atTime(18, 0), at(9, 1)),
                ticket("OPEN", BUILT, "已派单", at(9, 2), null, DAY.plusDays(3).atStartOfDay(), at(9, 2)),
                ticket("RESOLVED", BUILT, "已派单", at(10, 15), null, at(12, 1), at(10, 15)));
        Dataset<Row> next = events(spark(),
                // reported a day later on the platform than first recorded, so it moves to June
                ticket("MOVED", DAY, "已派单", at(6, 1), null, at(6, 10), at(11, 21)),
                // changed at the same moment: the newer load wins, as in the full build
                ticket("TIE", DAY, "已办结", at(6, 3), at(6, 4), at(6, 30), at(6, 3)),
                // an older copy than the table's, which the full build would not keep
                ticket("STALE", DAY, "已派单", at(8, 1), null, at(8, 5), at(8, 1, 12)),
                ticket("RESOLVED", DAY, "已办结", at(10, 15), at(11, 21), at(12, 1), at(11, 21)),
                ticket("NEW", DAY, "已上报", at(11, 21), null, at(11, 28), at(11, 21)));
        Dataset<Row> table = ServiceEventSnapshotBuilder.build(earlier, BUILT);

        // when the next day is built from the table and the load
        Dataset<Row> winners = ServiceEventIncrementBuilder.winners(ServiceEventSnapshotBuilder.build(next, DAY), table);
        List<LocalDate> months = ServiceEventIncrementBuilder.months(winners, table, BUILT, DAY).as(Encoders.DATE()).collectAsList().stream()
                .map(Date::toLocalDate).sorted().toList();
        Dataset<Row> rewritten = ServiceEventIncrementBuilder.rewrite(table, winners, months, DAY);
        Dataset<Row> incremental = table.where(not(ServiceEventIncrementBuilder.inMonths(months))).unionByName(rewritten);

        // then only the touched months are rewritten: where an event moved from and to, where a load's row won, and
        // where an open ticket's deadline passed during the day; and the table equals the full build of the day
        assertThat(months).containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
        Dataset<Row> full = ServiceEventSnapshotBuilder.build(earlier.unionByName(next), DAY).select(columns(incremental));
        assertThat(incremental.exceptAll(full).count()).isZero();
        assertThat(full.exceptAll(incremental).count()).isZero();
        assertThat(incremental.where(col("event_id").equalTo("LAPSING")).select("is_overdue").as(Encoders.BOOLEAN()).first()).isTrue();
        assertThat(incremental.where(col("event_id").equalTo("STALE")).select("status").as(Encoders.STRING()).first()).isEqualTo("已办结");
        assertThat(incremental.where(col("event_id").equalTo("TIE")).select("status").as(Encoders.STRING()).first()).isEqualTo("已办结");
    }

    @Test
    void noMonthIsSelectedByNoMonths()
    {
        assertThat(events(spark(), ticket("E1", DAY, "已上报", at(11, 21), null, at(11, 28), at(11, 21)))
                .withColumn("reported_on", lit(Date.valueOf(DAY)))
                .where(ServiceEventIncrementBuilder.inMonths(List.of())).count()).isZero();
    }

    private static org.apache.spark.sql.Column[] columns(Dataset<Row> rows)
    {
        return java.util.Arrays.stream(rows.columns()).map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new);
    }


    private static Row ticket(String id, LocalDate loadDay, String status, LocalDateTime reported, LocalDateTime resolved, LocalDateTime deadline,
            LocalDateTime updated)
    {
        return RowFactory.create(id, "12345市民诉求", "噪音扰民", "330203001001", null, "12345热线", time(reported), time(reported), time(reported), time(resolved),
                null, time(deadline), status, null, 0, "城管", null, null, time(reported), time(updated),
                "test", "test:" + id, "load-" + loadDay, Date.valueOf(loadDay), new Timestamp(0));
    }

    private static LocalDateTime at(int month, int day)
    {
        return LocalDateTime.of(2026, month, day, 9, 0);
    }

    private static LocalDateTime at(int month, int day, int hour)
    {
        return LocalDateTime.of(2026, month, day, hour, 0);
    }

}
