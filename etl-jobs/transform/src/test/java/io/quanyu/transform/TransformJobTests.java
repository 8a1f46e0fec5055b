package io.quanyu.transform;

import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.organization.OrganizationConformanceJob;
import io.quanyu.transform.organization.OrganizationDimensionJob;
import io.quanyu.transform.organization.PartyOrganizationDailyJob;
import io.quanyu.transform.region.RegionDimensionJob;
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

class TransformJobTests
        extends SparkTestBase
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @BeforeEach
    void clean()
    {
        dropAll();
    }

    @Test
    void buildsTheRegionDimensionFromTheNewestRegisterOnOrBeforeTheDate()
    {
        // given registers loaded on two days, the later one renaming the district
        WarehouseTables tables = tables();
        tables.overwrite("ods_division", divisions(DAY, "海曙区"));
        tables.overwrite("ods_division", divisions(DAY.plusDays(1), "海曙区（新）"));

        // when the dimension is built for the first day
        long rows = new RegionDimensionJob(tables).run(DAY);

        // then it reflects the first day's register
        assertThat(rows).isEqualTo(3);
        assertThat(spark().sql("select district_name from dim.dim_region where region_level = 'street'").first().getString(0))
                .isEqualTo("海曙区");
    }

    @Test
    void rerunningADayReplacesItsCounts()
    {
        // given a day's load with three organizations
        WarehouseTables tables = tables();
        tables.overwrite("ops_load_audit", audit(DAY));
        tables.overwrite("ods_party_organization", organizations(DAY, 3));
        PartyOrganizationDailyJob job = new PartyOrganizationDailyJob(tables);
        job.run(DAY);

        // when the load is replaced by one with two and the day is run twice
        tables.overwrite("ods_party_organization", organizations(DAY, 2));
        job.run(DAY);
        job.run(DAY);

        // then the day counts two, once
        assertThat(spark().sql("select sum(organization_count), count(*) from dws.dws_party_organization_daily").first().toString())
                .isEqualTo("[2,1]");
    }

    @Test
    void aRepairedOldLoadReachesEveryLaterDay()
    {
        // given two days built, the first loading three organizations and the second a fourth
        WarehouseTables tables = tables();
        tables.overwrite("ops_load_audit", audit(DAY, 1_000).union(audit(DAY.plusDays(1), 2_000)));
        tables.overwrite("ods_party_organization", organizations(DAY, 3).union(organizations(DAY.plusDays(1), 1).withColumn("organization_id",
                org.apache.spark.sql.functions.lit("PO9"))));
        PartyOrganizationDailyJob job = new PartyOrganizationDailyJob(tables);
        job.run(DAY);
        job.run(DAY.plusDays(1));
        assertThat(dailyCounts()).isEqualTo("[[2026-11-02,3], [2026-11-03,4]]");

        // when the first day's load is re-run and now holds two, and the second day is built again
        tables.overwrite("ods_party_organization", organizations(DAY, 2));
        tables.replaceWhere("ops_load_audit", org.apache.spark.sql.functions.col("logical_date").equalTo(Date.valueOf(DAY)), audit(DAY, 3_000));
        job.run(DAY.plusDays(1));

        // then both days count the repaired load, and each says which loads it counts
        assertThat(dailyCounts()).isEqualTo("[[2026-11-02,2], [2026-11-03,3]]");
        assertThat(spark().sql("select distinct stat_date, loads_finished_at from dws.dws_party_organization_daily order by 1").collectAsList().toString())
                .isEqualTo("[[2026-11-02,%s], [2026-11-03,%s]]".formatted(new Timestamp(3_000), new Timestamp(3_000)));
    }

    private static String dailyCounts()
    {
        return spark().sql("select stat_date, sum(organization_count) from dws.dws_party_organization_daily group by stat_date order by stat_date")
                .collectAsList().toString();
    }

    @Test
    void aMissingSnapshotIsAClearError()
    {
        assertThatThrownBy(() -> new PartyOrganizationDailyJob(tables()).run(DAY))
                .hasMessage("no ods_party_organization load for 2026-11-02: extract the party-organization system first");
    }

    private static Dataset<Row> divisions(LocalDate day, String districtName)
    {
        List<Row> rows = List.of(
                ods(day, "330200000000", "宁波市", "city", "330000000000"),
                ods(day, "330203000000", districtName, "district", "330200000000"),
                ods(day, "330203001000", "南门街道", "street", "330203000000"));
        return spark().createDataFrame(rows, WarehouseTables.schema(tables().definition("ods_division")));
    }

    private static Row ods(LocalDate day, Object... values)
    {
        List<Object> all = new ArrayList<>(java.util.Arrays.asList(values));
        all.addAll(List.of("test", "test:1", "load-1", Date.valueOf(day), new Timestamp(0)));
        return RowFactory.create(all.toArray());
    }

    @Test
    void aDaysStateIsTheLatestRowOfEachOrganizationLoadedUpToIt()
    {
        // given three organizations loaded on the first day, and one of them dissolved in the next day's load
        WarehouseTables tables = tables();
        tables.overwrite("ops_load_audit", audit(DAY).union(audit(DAY.plusDays(1))));
        tables.overwrite("ods_party_organization", organizations(DAY, 3).union(spark().createDataFrame(List.of(ods(DAY.plusDays(1), "PO1", "支部1",
                "党支部", "社区", "网格党支部", null, "330203001001", Date.valueOf("2020-01-01"), Date.valueOf(DAY.plusDays(1)), null, "dissolved",
                new Timestamp(1_000))), WarehouseTables.schema(tables.definition("ods_party_organization")))));

        // when both days are counted
        PartyOrganizationDailyJob job = new PartyOrganizationDailyJob(tables);
        job.run(DAY);
        job.run(DAY.plusDays(1));

        // then the first day counts three and the next two
        assertThat(spark().sql("select stat_date, sum(organization_count) from dws.dws_party_organization_daily group by stat_date order by stat_date")
                .collectAsList().toString()).isEqualTo("[[2026-11-02,3], [2026-11-03,2]]");
    }

    @Test
    void theOrganizationHistoryBuiltDayByDayEqualsItBuiltAtOnceAndARerunReplacesIt()
    {
        // given three organizations loaded on the first day, one of them dissolved in the next day's load
        WarehouseTables tables = tables();
        tables.overwrite("ods_party_organization", organizations(DAY, 3).union(spark().createDataFrame(List.of(ods(DAY.plusDays(1), "PO1", "支部1",
                "党支部", "社区", "网格党支部", null, "330203001001", Date.valueOf("2020-01-01"), Date.valueOf(DAY.plusDays(1)), null, "dissolved",
                Timestamp.valueOf(DAY.plusDays(1).atTime(10, 0)))), WarehouseTables.schema(tables.definition("ods_party_organization")))));
        OrganizationConformanceJob conformance = new OrganizationConformanceJob(tables);
        OrganizationDimensionJob job = new OrganizationDimensionJob(tables);

        // when it is built day by day, then at once for the last day, twice, each time after the records it reads
        for (LocalDate day : List.of(DAY, DAY.plusDays(1))) {
            conformance.run(day);
            job.run(day);
        }
        List<Row> dayByDay = spark().sql("select * from dim.dim_organization order by organization_id, version_number").collectAsList();
        conformance.run(DAY.plusDays(1));
        job.run(DAY.plusDays(1));
        long rows = job.run(DAY.plusDays(1));

        // then both hold the same four versions, and the dissolved organization's first version ended that day
        assertThat(spark().sql("select * from dim.dim_organization order by organization_id, version_number").collectAsList()).isEqualTo(dayByDay);
        assertThat(rows).isEqualTo(4);
        assertThat(spark().sql("select status, valid_to, is_current from dim.dim_organization where organization_id = 'PO1' order by version_number")
                .collectAsList().toString()).isEqualTo("[[active,2026-11-03,false], [dissolved,null,true]]");
    }

    private static Dataset<Row> audit(LocalDate day)
    {
        return audit(day, 0);
    }

    private static Dataset<Row> audit(LocalDate day, long finishedAtMillis)
    {
        Row row = RowFactory.create("load-1", "test", "ods_party_organization", Date.valueOf(day), null, Timestamp.valueOf(day.plusDays(1).atStartOfDay()),
                3L, 3L, 0L, new Timestamp(finishedAtMillis));
        return spark().createDataFrame(List.of(row), WarehouseTables.schema(tables().definition("ops_load_audit")));
    }

    private static Dataset<Row> organizations(LocalDate day, int count)
    {
        List<Row> rows = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            rows.add(ods(day, "PO" + index, "支部" + index, "党支部", "社区", "网格党支部", null, "330203001001", Date.valueOf("2020-01-01"), null,
                    null, "active", new Timestamp(0)));
        }
        return spark().createDataFrame(rows, WarehouseTables.schema(tables().definition("ods_party_organization")));
    }
}
