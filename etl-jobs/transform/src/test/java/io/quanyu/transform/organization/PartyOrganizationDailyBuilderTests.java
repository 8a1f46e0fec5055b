package io.quanyu.transform.organization;

import io.quanyu.spark.SparkTestBase;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartyOrganizationDailyBuilderTests
        extends SparkTestBase
{
    @Test
    void countsActiveOrganizationsPerRegionAndLevel()
    {
        var organizations = spark().createDataFrame(List.of(
                RowFactory.create("330203001001", "党委", "active"),
                RowFactory.create("330203001001", "党支部", "active"),
                RowFactory.create("330203001001", "党支部", "active"),
                RowFactory.create("330203001001", "党支部", "dissolved"),
                RowFactory.create("330203001002", "党支部", "active")),
                StructType.fromDDL("division_code string, organization_level string, status string"));

        List<String> counts = PartyOrganizationDailyBuilder.build(organizations, LocalDate.of(2026, 11, 2))
                .orderBy("region_code", "organization_level")
                .select("stat_date", "region_code", "organization_level", "organization_count")
                .collectAsList().stream().map(Row::toString).toList();

        assertThat(counts).containsExactlyInAnyOrder(
                "[2026-11-02,330203001001,党支部,2]",
                "[2026-11-02,330203001001,党委,1]",
                "[2026-11-02,330203001002,党支部,1]");
    }
}
