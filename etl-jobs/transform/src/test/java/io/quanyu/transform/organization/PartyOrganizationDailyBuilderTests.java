package io.quanyu.transform.organization;

import io.quanyu.spark.SparkTestBase;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartyOrganizationDailyBuilderTests
        extends SparkTestBase
{
    private static final String COMMUNITY = "330203001001";

    @Test
    void everyLoadedDayCountsTheActiveOrganizationsPerRegionAndLevel()
    {
        // given a first load of three organizations, a second dissolving one and bringing a late, older row for another,
        // and a third day loaded without changes
        Dataset<Row> loaded = spark().createDataFrame(List.of(
                        row("PO1", "2026-11-01", "2026-10-01 09:00:00", "党支部", "active"),
                        row("PO2", "2026-11-01", "2026-10-05 09:00:00", "党委", "active"),
                        row("PO3", "2026-11-01", "2026-10-07 09:00:00", "党支部", "dissolved"),
                        row("PO1", "2026-11-02", "2026-11-02 10:00:00", "党支部", "dissolved"),
                        row("PO2", "2026-11-02", "2026-09-30 09:00:00", "党委", "dissolved"),
                        row("PO4", "2026-11-02", "2026-11-02 11:00:00", "党支部", "active")),
                StructType.fromDDL("organization_id string, logical_date date, updated_at timestamp, division_code string, organization_level string, status string"));
        Dataset<Row> days = spark().createDataFrame(List.of(RowFactory.create(Date.valueOf("2026-11-01")), RowFactory.create(Date.valueOf("2026-11-02")),
                RowFactory.create(Date.valueOf("2026-11-03"))), StructType.fromDDL("stat_date date"));

        // when the days are counted
        List<String> counts = PartyOrganizationDailyBuilder.build(loaded, days).orderBy("stat_date", "organization_level").collectAsList().stream()
                .map(Row::toString).toList();

        // then the dissolved branch is replaced by the new one, the late older row changes nothing, and the quiet day carries on
        assertThat(counts).containsExactly(
                "[2026-11-01,330203001001,党委,1]",
                "[2026-11-01,330203001001,党支部,1]",
                "[2026-11-02,330203001001,党委,1]",
                "[2026-11-02,330203001001,党支部,1]",
                "[2026-11-03,330203001001,党委,1]",
                "[2026-11-03,330203001001,党支部,1]");
    }

    private static Row row(String id, String loadDay, String updatedAt, String level, String status)
    {
        return RowFactory.create(id, Date.valueOf(loadDay), Timestamp.valueOf(updatedAt), COMMUNITY, level, status);
    }
}
