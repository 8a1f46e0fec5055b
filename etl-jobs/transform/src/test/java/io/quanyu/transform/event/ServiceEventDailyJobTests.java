package io.quanyu.transform.event;

import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;

import static io.quanyu.transform.event.ServiceEventRows.at;
import static io.quanyu.transform.event.ServiceEventRows.audit;
import static io.quanyu.transform.event.ServiceEventRows.events;
import static io.quanyu.transform.event.ServiceEventRows.ticket;
import static org.assertj.core.api.Assertions.assertThat;

class ServiceEventDailyJobTests
        extends SparkTestBase
{
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 20);
    private static final LocalDate SECOND = FIRST.plusDays(1);
    private static final LocalDate THIRD = FIRST.plusDays(2);
    private static final LocalDate FOURTH = FIRST.plusDays(3);

    @BeforeEach
    void clean()
    {
        dropAll();
    }

    @Test
    void aDayRebuildsTheMonthsWhereTheRewrittenEventsCountBeforeAndAfter()
    {
        // given a first day's events: one resolved in August that is reopened on the second day, one resolved then
        WarehouseTables tables = tables();
        tables.overwrite("ods_service_event", events(spark(),
                ticket("JULY", FIRST, "已办结", at(7, 1), at(7, 2), at(7, 2)),
                ticket("REOPENED", FIRST, "已办结", at(7, 20), at(8, 3), at(8, 3)),
                ticket("OCTOBER", FIRST, "已派单", at(10, 15), null, at(10, 15)),
                ticket("REOPENED", SECOND, "已派单", at(7, 20), null, at(11, 21)),
                ticket("OCTOBER", SECOND, "已办结", at(10, 15), at(11, 21), at(11, 21)),
                ticket("NOVEMBER", SECOND, "已上报", at(11, 21), null, at(11, 21))));
        tables.overwrite("ops_load_audit", audit(spark(), FIRST, 1_000).union(audit(spark(), SECOND, 2_000)));
        ServiceEventSnapshotJob events = new ServiceEventSnapshotJob(tables);
        ServiceEventDailyJob daily = new ServiceEventDailyJob(tables);

        // when the days are built one after the other
        events.run(FIRST);
        daily.run(FIRST);
        events.run(SECOND);
        long rows = daily.run(SECOND);

        // then the second rebuilds July, October and November, where the events rewritten count, and August, where the
        // reopened ticket's old row counted its resolution; and the table is what a full build counts
        assertThat(rewritten("dwd_service_event")).isEqualTo("2026-07,2026-10,2026-11");
        assertThat(rewritten("dws_service_event_daily")).isEqualTo("2026-07,2026-08,2026-10,2026-11");
        assertThat(rows).as("rows of the rebuilt months: July twice reported and once resolved, October and November").isEqualTo(5);
        assertThatTableIsTheFullBuild();
        assertThat(spark().sql("select count(*) from dws.dws_service_event_daily where stat_date = date '2026-08-03'").first().getLong(0)).isZero();

        // when a day's events are built without the daily counts, and the next day both
        tables.overwrite("ods_service_event", events(spark(), ticket("NOVEMBER", THIRD, "已办结", at(11, 21), at(11, 22), at(11, 22))));
        tables.overwrite("ops_load_audit", audit(spark(), THIRD, 3_000));
        events.run(THIRD);
        tables.overwrite("ods_service_event", events(spark(), ticket("JULY", FOURTH, "已评价", at(7, 1), at(7, 2), at(11, 23))));
        tables.overwrite("ops_load_audit", audit(spark(), FOURTH, 4_000));
        events.run(FOURTH);
        daily.run(FOURTH);

        // then the counts, last built from an earlier state of the events than the one the day changed, are rebuilt whole
        assertThat(rewritten("dwd_service_event")).isEqualTo("2026-07");
        assertThat(rewritten("dws_service_event_daily")).isEqualTo("all");
        assertThatTableIsTheFullBuild();
    }

    private static void assertThatTableIsTheFullBuild()
    {
        Dataset<Row> table = tables().read("dws_service_event_daily");
        Dataset<Row> full = ServiceEventDailyBuilder.build(tables().read("dwd_service_event"))
                .select(Arrays.stream(table.columns()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
        assertThat(table.count()).as("rows counted").isPositive();
        assertThat(table.exceptAll(full).count()).as("rows only the table has").isZero();
        assertThat(full.exceptAll(table).count()).as("rows only the full build has").isZero();
    }

    private static String rewritten(String table)
    {
        return tables().icebergTable(table).currentSnapshot().summary().get("quanyu.rewritten");
    }
}
