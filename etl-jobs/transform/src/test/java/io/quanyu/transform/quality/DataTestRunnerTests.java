package io.quanyu.transform.quality;

import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataTestRunnerTests
        extends SparkTestBase
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final String COMMUNITY = "330203001001";

    @BeforeEach
    void clean()
    {
        dropAll();
        tables().overwrite("dim_region", regions(community()));
    }

    @Test
    void aSoundHistoryPassesEveryTest()
    {
        // given an organization with two versions, one after the other, in a known community
        tables().overwrite("dim_organization", organizations(
                version(1L, "PO1", 1, COMMUNITY, "2026-01-01", "2026-06-01", false),
                version(2L, "PO1", 2, COMMUNITY, "2026-06-01", null, true)));

        // when its tests run
        DataTestReport report = new DataTestRunner(spark(), tables()).run(List.of("dim_organization"), DAY);

        // then all pass, and each outcome is recorded
        assertThat(report.blockingFailures()).isEmpty();
        assertThat(report.results()).extracting(result -> result.test().name())
                .contains("unique_organization_version_key", "not_null_organization_name", "accepted_values_organization_level",
                        "relationships_region_code", "one_current_version_per_organization", "versions_do_not_overlap");
        assertThat(spark().sql("select count(*), count_if(passed) from ops.ops_data_test_result where table_name = 'dim_organization'").first().toString())
                .isEqualTo("[%d,%d]".formatted(report.results().size(), report.results().size()));
    }

    @Test
    void aTablesTestsWaitForTheTablesTheyLookRowsUpIn()
    {
        DataTestRunner runner = new DataTestRunner(spark(), tables());

        // dws_staff_monthly's communities are looked up in dim_region and its positions in dim_position
        assertThat(runner.tablesRead("dws_staff_monthly", DAY)).containsExactlyInAnyOrder("dim_region", "dim_position");
        // dim_date's tests read nothing but dim_date
        assertThat(runner.tablesRead("dim_date", DAY)).isEmpty();
    }

    @Test
    void brokenRowsFailTheirTestsAndStopTheDay()
    {
        // given two current versions of one organization that overlap, a duplicate key, and an unknown community
        tables().overwrite("dim_organization", organizations(
                version(1L, "PO1", 1, COMMUNITY, "2026-01-01", null, true),
                version(2L, "PO1", 2, COMMUNITY, "2026-06-01", null, true),
                version(2L, "PO2", 1, "330203999999", "2026-01-01", null, true)));

        // when its tests run
        DataTestReport report = new DataTestRunner(spark(), tables()).run(List.of("dim_organization"), DAY);

        // then exactly the broken rules fail, with their failing rows counted, and the day may not be published
        assertThat(report.blockingFailures()).extracting(result -> result.test().name() + "=" + result.failingRows())
                .containsExactlyInAnyOrder("unique_organization_version_key=1", "relationships_region_code=1",
                        "one_current_version_per_organization=1", "versions_do_not_overlap=1");
        assertThatThrownBy(report::requirePassed)
                .hasMessageStartingWith("4 error-level data tests failed for 2026-11-02: ")
                .hasMessageContaining("dim_organization.relationships_region_code (error): 1 failing rows");
        assertThat(spark().sql("select test_name from ops.ops_data_test_result where not passed order by test_name").collectAsList().toString())
                .isEqualTo("[[one_current_version_per_organization], [relationships_region_code], [unique_organization_version_key], [versions_do_not_overlap]]");
    }

    @Test
    void eachDuplicatedKeyCountsOnceHoweverManyCopiesItHas()
    {
        // given one key three times, one twice and one once
        tables().overwrite("dim_organization", organizations(
                version(1L, "PO1", 1, COMMUNITY, "2026-01-01", null, true),
                version(1L, "PO1", 1, COMMUNITY, "2026-01-01", null, true),
                version(1L, "PO1", 1, COMMUNITY, "2026-01-01", null, true),
                version(2L, "PO2", 1, COMMUNITY, "2026-01-01", null, true),
                version(2L, "PO2", 1, COMMUNITY, "2026-01-01", null, true),
                version(3L, "PO3", 1, COMMUNITY, "2026-01-01", null, true)));

        // when its tests run, the keys first grouped by their hashes and then the hashes met twice by their keys
        DataTestReport report = new DataTestRunner(spark(), tables()).run(List.of("dim_organization"), DAY);

        // then the unique test counts the two duplicated keys, and its recorded query is the plain grouping
        DataTestResult unique = report.results().stream().filter(result -> result.test().kind().equals("unique")).findFirst().orElseThrow();
        assertThat(unique.failingRows()).isEqualTo(2);
        assertThat(unique.test().sql()).isEqualTo(
                "select t.organization_version_key, count(*) as copies from dim.dim_organization as t group by t.organization_version_key having count(*) > 1");
    }

    @Test
    void rowsHoldingAnUnacceptedValueAreCountedPerTest()
    {
        // given one sound version, and two with a level and one with a status the table does not accept
        tables().overwrite("dim_organization", organizations(
                version(1L, "PO1", 1, COMMUNITY, "2026-01-01", null, true),
                RowFactory.create(3L, "PO3", 1, "支部PO3", "党小队", "社区", "网格党支部", null, COMMUNITY, null, null, null, "closed",
                        Date.valueOf("2026-01-01"), null, true, false),
                RowFactory.create(4L, "PO4", 1, "支部PO4", "党小队", "社区", "网格党支部", null, COMMUNITY, null, null, null, "active",
                        Date.valueOf("2026-01-01"), null, true, false)));

        // when its tests run
        DataTestReport report = new DataTestRunner(spark(), tables()).run(List.of("dim_organization"), DAY);

        // then each of those tests counts its own failing rows, counted in the one scan the row tests share
        assertThat(report.blockingFailures()).extracting(result -> result.test().name() + "=" + result.failingRows())
                .containsExactlyInAnyOrder("accepted_values_organization_level=2", "accepted_values_status=1");
    }

    @Test
    void aKeyTheReferencedTableHoldsTwiceStillCountsEachRowOnce()
    {
        // given the community twice among the regions, as two versions would hold it
        tables().overwrite("dim_region", regions(community(), community()));
        // and one row with a level the table does not accept in that community, and one in an unknown community
        tables().overwrite("dim_organization", organizations(
                RowFactory.create(3L, "PO3", 1, "支部PO3", "党小队", "社区", "网格党支部", null, COMMUNITY, null, null, null, "active",
                        Date.valueOf("2026-01-01"), null, true, false),
                version(4L, "PO4", 1, "330203999999", "2026-01-01", null, true)));

        // when its tests run, the references looked up in the scan the row tests share
        DataTestReport report = new DataTestRunner(spark(), tables()).run(List.of("dim_organization"), DAY);

        // then the lookup neither repeats the first row nor misses the second
        assertThat(report.blockingFailures()).extracting(result -> result.test().name() + "=" + result.failingRows())
                .containsExactlyInAnyOrder("accepted_values_organization_level=1", "relationships_region_code=1");
    }

    @Test
    void aPartitionedTableIsTestedOnTheDaysPartitionOnly()
    {
        // given the queries for a table partitioned by its statistics date
        List<DataTest> tests = DataTests.of(WarehouseCatalogue.load().table("dws_party_organization_daily"), DAY, WarehouseCatalogue.load());

        // then each reads the day's partition
        assertThat(tests).isNotEmpty().allSatisfy(test -> assertThat(test.sql()).contains("stat_date = date '2026-11-02'"));
    }

    private static Dataset<Row> regions(Row... rows)
    {
        return spark().createDataFrame(List.of(rows), WarehouseTables.schema(tables().definition("dim_region")));
    }

    private static Row community()
    {
        return RowFactory.create(COMMUNITY, "南门社区居委会", "community", "330203001000", "330200000000", "宁波市", "330203000000", "海曙区", "330203001000",
                "南门街道", COMMUNITY, "南门社区居委会", Date.valueOf(DAY));
    }

    private static Dataset<Row> organizations(Row... rows)
    {
        return spark().createDataFrame(List.of(rows), WarehouseTables.schema(tables().definition("dim_organization")));
    }

    private static Row version(long key, String id, int number, String region, String from, String to, boolean current)
    {
        return RowFactory.create(key, id, number, "支部" + id, "党支部", "社区", "网格党支部", null, region, null, null, null, "active",
                Date.valueOf(from), to == null ? null : Date.valueOf(to), current, false);
    }
}
