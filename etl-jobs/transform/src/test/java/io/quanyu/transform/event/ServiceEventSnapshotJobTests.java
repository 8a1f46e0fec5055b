package io.quanyu.transform.event;

import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeEach;
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
import static org.assertj.core.api.Assertions.assertThat;

class ServiceEventSnapshotJobTests
        extends SparkTestBase
{
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 20);
    private static final LocalDate SECOND = FIRST.plusDays(1);
    private static final LocalDate THIRD = FIRST.plusDays(2);

    @BeforeEach
    void clean()
    {
        dropAll();
    }

    @Test
    void aDayRewritesTheMonthsItsLoadTouchesAndARepairedLoadRebuildsTheTable()
    {
        // given events loaded on two days, each load audited
        WarehouseTables tables = tables();
        tables.overwrite("ods_service_event", events(spark(),
                ticket("JULY", FIRST, "已办结", at(7, 1), at(7, 2), at(7, 2)),
                ticket("OCTOBER", FIRST, "已派单", at(10, 15), null, at(10, 15)),
                ticket("OCTOBER", SECOND, "已办结", at(10, 15), at(11, 21), at(11, 21)),
                ticket("NOVEMBER", SECOND, "已上报", at(11, 21), null, at(11, 21))));
        tables.overwrite("ops_load_audit", audit(FIRST, 1_000).union(audit(SECOND, 2_000)));
        ServiceEventSnapshotJob job = new ServiceEventSnapshotJob(tables);

        // when the days are built one after the other
        job.run(FIRST);
        long rows = job.run(SECOND);

        // then the second rewrites October and November only, and the table is the full build of the day
        assertThat(summary("quanyu.rewritten")).isEqualTo("2026-10,2026-11");
        assertThat(rows).isEqualTo(2);
        assertThatTableIsTheFullBuildOf(SECOND);

        // when the first day's load is repaired (re-run later), and the third day, which loads a change, is built
        tables.replaceWhere("ods_service_event", col("logical_date").equalTo(lit(Date.valueOf(FIRST))),
                events(spark(), ticket("JULY", FIRST, "已评价", at(7, 1), at(7, 2), at(7, 3)), ticket("OCTOBER", FIRST, "已派单", at(10, 15), null, at(10, 15))));
        tables.replaceWhere("ops_load_audit", col("logical_date").equalTo(lit(Date.valueOf(FIRST))), audit(FIRST, 3_000));
        tables.overwrite("ods_service_event", events(spark(), ticket("NOVEMBER", THIRD, "已办结", at(11, 21), at(11, 22), at(11, 22))));
        tables.overwrite("ops_load_audit", audit(THIRD, 4_000));
        job.run(THIRD);

        // then the table is rebuilt whole and holds the repair
        assertThat(summary("quanyu.rewritten")).isEqualTo("all");
        assertThatTableIsTheFullBuildOf(THIRD);
        assertThat(spark().sql("select status from dwd.dwd_service_event where event_id = 'JULY'").first().getString(0)).isEqualTo("已评价");

        // and building an earlier day again (a backfill) rebuilds it whole too
        job.run(SECOND);
        assertThat(summary("quanyu.rewritten")).isEqualTo("all");
        assertThatTableIsTheFullBuildOf(SECOND);
    }

    private static void assertThatTableIsTheFullBuildOf(LocalDate day)
    {
        Dataset<Row> table = tables().read("dwd_service_event");
        Dataset<Row> full = ServiceEventSnapshotBuilder.build(tables().read("ods_service_event"), day)
                .select(java.util.Arrays.stream(table.columns()).map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new));
        assertThat(table.exceptAll(full).count()).as("rows only the table has").isZero();
        assertThat(full.exceptAll(table).count()).as("rows only the full build has").isZero();
    }

    private static String summary(String property)
    {
        return tables().icebergTable("dwd_service_event").currentSnapshot().summary().get(property);
    }

    private static Dataset<Row> audit(LocalDate day, long finishedAtMillis)
    {
        Row row = RowFactory.create("load-" + day, "governance-platform", "ods_service_event", Date.valueOf(day), null,
                Timestamp.valueOf(day.plusDays(1).atStartOfDay()), 1L, 1L, 0L, new Timestamp(finishedAtMillis));
        return spark().createDataFrame(List.of(row), WarehouseTables.schema(tables().definition("ops_load_audit")));
    }


    private static Row ticket(String id, LocalDate loadDay, String status, LocalDateTime reported, LocalDateTime resolved, LocalDateTime updated)
    {
        return RowFactory.create(id, "12345市民诉求", "噪音扰民", "330203001001", null, "12345热线", time(reported), time(reported), time(reported), time(resolved),
                null, time(reported.plusDays(10)), status, null, 0, "城管", null, null, time(reported), time(updated),
                "governance-platform", "service_event:event_id=" + id, "load-" + loadDay, Date.valueOf(loadDay), new Timestamp(0));
    }

    private static LocalDateTime at(int month, int day)
    {
        return LocalDateTime.of(2026, month, day, 9, 0);
    }

}
