package io.quanyu.transform;

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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DailyWarehouseBuildTests
        extends SparkTestBase
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final String COMMUNITY = "330203001001";

    @BeforeEach
    void clean()
    {
        dropAll();
    }

    @Test
    void aDayThatPassesItsTestsIsPublishedAndOneThatFailsLeavesThePreviousDayServed()
    {
        // given a day whose organizations all sit in known communities, built and published
        WarehouseTables tables = tables();
        tables.overwrite("ods_division", divisions(DAY));
        tables.overwrite("ops_load_audit", audit(DAY).union(audit(DAY.plusDays(1))));
        tables.overwrite("ods_party_organization", organization(DAY, "PO1", COMMUNITY));
        List<String> log = new ArrayList<>();
        DailyWarehouseBuild build = DailyWarehouseBuild.standard(spark(), tables);
        build.build(DAY, log::add);
        assertThat(build.tables()).contains("dim_fund_standard", "dim_staff", "dws_fund_standard_yearly", "dws_member_point_monthly", "ads_metric_warning");
        assertThat(log).anyMatch(line -> line.startsWith("[publish] 2026-11-02: %d tables published together".formatted(build.tables().size())));
        assertThat(servedDays()).containsExactly("2026-11-02");

        // when the next day brings an organization seated in a community the register does not know
        tables.overwrite("ods_party_organization", organization(DAY.plusDays(1), "PO2", "330203001999"));

        // then that day fails its tests, nothing of it is served, and the failure is recorded
        assertThatThrownBy(() -> build.build(DAY.plusDays(1), log::add))
                .hasMessageContaining("dws_party_organization_daily.relationships_region_code (error): 1 failing rows")
                .hasMessageContaining("dim_organization.relationships_region_code (error): 1 failing rows");
        assertThat(log).anyMatch(line -> line.startsWith("[publish] 2026-11-03: not published"));
        assertThat(servedDays()).containsExactly("2026-11-02");
        assertThat(spark().sql("select organization_id from dim.dim_organization").collectAsList().toString()).isEqualTo("[[PO1]]");
        assertThat(spark().sql("select count(*) from dim.dim_organization version as of 'build_20261103'").first().getLong(0))
                .as("the failed build stays on its branch").isEqualTo(2);
        assertThat(spark().sql("""
                select table_name, test_name from ops.ops_data_test_result where logical_date = date'2026-11-03' and not passed order by table_name""")
                .collectAsList().toString()).isEqualTo("[[dim_organization,relationships_region_code], [dws_party_organization_daily,relationships_region_code]]");

        // and when the register is corrected, the day builds again and is published
        tables.overwrite("ods_party_organization", organization(DAY.plusDays(1), "PO2", COMMUNITY));
        build.build(DAY.plusDays(1), log::add);
        assertThat(servedDays()).containsExactly("2026-11-02", "2026-11-03");
        assertThat(spark().sql("select count(*) from dim.dim_organization.refs where name like 'build_%'").first().getLong(0)).isZero();
    }

    @Test
    void aJobThatFailsStopsTheDayAndNothingOfItIsServed()
    {
        // given a day of two reference tables built side by side, one of which fails
        WarehouseTables tables = tables();
        TransformJob eventTypes = new io.quanyu.transform.reference.ReferenceTableJob(spark(), tables, "dim_event_type");
        TransformJob failing = new TransformJob()
        {
            @Override
            public long run(LocalDate logicalDate)
            {
                throw new IllegalStateException("unknown fund type 党费 in ods_fund_entry row 7");
            }

            @Override
            public String table()
            {
                return "dim_fund_type";
            }
        };
        List<String> log = new ArrayList<>();

        // when the day is built on two threads, then the job's failure is what the build reports
        assertThatThrownBy(() -> new DailyWarehouseBuild(spark(), tables, List.of(eventTypes, failing), 2).build(DAY, log::add))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("unknown fund type 党费 in ods_fund_entry row 7");

        // and nothing is published: main holds no event types, and no data test ran for a day that did not build
        assertThat(log).anyMatch(line -> line.startsWith("[publish] 2026-11-02: not published"));
        assertThat(log).noneMatch(line -> line.startsWith("[quality]"));
        assertThat(spark().sql("select count(*) from dim.dim_event_type").first().getLong(0)).isZero();
    }

    private static List<String> servedDays()
    {
        return spark().sql("select distinct cast(stat_date as string) from dws.dws_party_organization_daily order by 1")
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    }

    private static Dataset<Row> audit(LocalDate day)
    {
        Row row = RowFactory.create("load-" + day, "test", "ods_party_organization", Date.valueOf(day), null, Timestamp.valueOf(day.plusDays(1).atStartOfDay()),
                1L, 1L, 0L, new Timestamp(0));
        return spark().createDataFrame(List.of(row), WarehouseTables.schema(tables().definition("ops_load_audit")));
    }

    private static Dataset<Row> divisions(LocalDate day)
    {
        return spark().createDataFrame(List.of(
                        ods(day, "330200000000", "宁波市", "city", "330000000000"),
                        ods(day, "330203000000", "海曙区", "district", "330200000000"),
                        ods(day, "330203001000", "南门街道", "street", "330203000000"),
                        ods(day, COMMUNITY, "南门社区居委会", "community", "330203001000")),
                WarehouseTables.schema(tables().definition("ods_division")));
    }

    private static Dataset<Row> organization(LocalDate day, String id, String division)
    {
        return spark().createDataFrame(List.of(ods(day, id, "支部" + id, "党支部", "社区", "网格党支部", null, division, Date.valueOf("2020-01-01"), null,
                null, "active", Timestamp.valueOf(day.atTime(9, 0)))), WarehouseTables.schema(tables().definition("ods_party_organization")));
    }

    private static Row ods(LocalDate day, Object... values)
    {
        List<Object> all = new ArrayList<>(java.util.Arrays.asList(values));
        all.addAll(List.of("test", "test:1", "load-" + day, Date.valueOf(day), new Timestamp(0)));
        return RowFactory.create(all.toArray());
    }
}
