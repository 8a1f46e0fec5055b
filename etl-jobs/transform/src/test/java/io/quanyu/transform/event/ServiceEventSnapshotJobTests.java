package io.quanyu.transform.event;

import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;

import static io.quanyu.transform.event.ServiceEventRows.at;
import static io.quanyu.transform.event.ServiceEventRows.audit;
import static io.quanyu.transform.event.ServiceEventRows.events;
import static io.quanyu.transform.event.ServiceEventRows.ticket;
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
        tables.overwrite("ops_load_audit", audit(spark(), FIRST, 1_000).union(audit(spark(), SECOND, 2_000)));
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
        tables.replaceWhere("ops_load_audit", col("logical_date").equalTo(lit(Date.valueOf(FIRST))), audit(spark(), FIRST, 3_000));
        tables.overwrite("ods_service_event", events(spark(), ticket("NOVEMBER", THIRD, "已办结", at(11, 21), at(11, 22), at(11, 22))));
        tables.overwrite("ops_load_audit", audit(spark(), THIRD, 4_000));
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
}
