package io.quanyu.transform.staff;

import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StaffDimensionBuilderTests
        extends SparkTestBase
{
    private static final String FROM = "330203001001";
    private static final String TO = "330203001002";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void aWorkerMovedToAnotherCommunityGetsANewVersionFromTheDayOfArrival()
    {
        // given a worker on the roster in May, moving out at its end (调出), and on the new community's June and July rosters
        Dataset<Row> rosters = rosters(
                roster("S1", FROM, "普通社工", 6, "在职", "2021-03-01", null, "2026-04", TODAY),
                roster("S1", FROM, "普通社工", 6, "调出", "2021-03-01", "2026-05-31", "2026-05", TODAY),
                roster("S1", TO, "普通社工", 6, "调入", "2026-06-01", null, "2026-06", TODAY),
                roster("S1", TO, "普通社工", 6, "在职", "2026-06-01", null, "2026-07", TODAY));

        // when the history is built
        List<String> versions = versions(StaffDimensionBuilder.build(rosters, TODAY));

        // then the stay in the first community ends the day the second begins, and only the second is current
        assertThat(versions).containsExactly(
                "S1 v1 330203001001 普通社工 grade 6 2026-04-01-2026-06-01 current=false",
                "S1 v2 330203001002 普通社工 grade 6 2026-06-01-null current=true");
    }

    @Test
    void aPromotionAndANewGradeStartVersionsAndADepartureClosesTheLast()
    {
        // given a worker regraded in March, promoted in May, read twice in May (the open month read again), leaving in August
        Dataset<Row> rosters = rosters(
                roster("S2", FROM, "普通社工", 5, "在职", "2020-01-01", null, "2026-02", LocalDate.of(2026, 2, 28)),
                roster("S2", FROM, "普通社工", 6, "在职", "2020-01-01", null, "2026-03", LocalDate.of(2026, 3, 31)),
                roster("S2", FROM, "普通社工", 6, "在职", "2020-01-01", null, "2026-04", LocalDate.of(2026, 4, 30)),
                roster("S2", FROM, "普通社工", 6, "在职", "2020-01-01", null, "2026-05", LocalDate.of(2026, 5, 10)),
                roster("S2", FROM, "副职", 6, "在职", "2020-01-01", null, "2026-05", LocalDate.of(2026, 5, 31)),
                roster("S2", FROM, "副职", 6, "离职", "2020-01-01", "2026-08-14", "2026-08", LocalDate.of(2026, 8, 31)));

        // when the history is built
        List<String> versions = versions(StaffDimensionBuilder.build(rosters, TODAY));

        // then three versions, the unchanged months adding none, and none in force after leaving
        assertThat(versions).containsExactly(
                "S2 v1 330203001001 普通社工 grade 5 2026-02-01-2026-03-01 current=false",
                "S2 v2 330203001001 普通社工 grade 6 2026-03-01-2026-05-01 current=false",
                "S2 v3 330203001001 副职 grade 6 2026-05-01-2026-08-15 current=false");
    }

    @Test
    void aDepartureAtTheEndOfTheOpenMonthLeavesTheVersionInForceUntilThen()
    {
        // given a worker hired in the middle of September whose November roster already shows the move at the month's end
        Dataset<Row> rosters = rosters(
                roster("S3", FROM, "普通社工", 1, "在职", "2026-09-15", null, "2026-09", TODAY),
                roster("S3", FROM, "普通社工", 1, "调出", "2026-09-15", "2026-11-30", "2026-11", TODAY));

        // when the history is built on the 21st
        List<String> versions = versions(StaffDimensionBuilder.build(rosters, TODAY));

        // then the version starts on the day of hiring and is still current
        assertThat(versions).containsExactly("S3 v1 330203001001 普通社工 grade 1 2026-09-15-2026-12-01 current=true");
    }

    private static List<String> versions(Dataset<Row> dimension)
    {
        return dimension.orderBy("staff_id", "version_number").collectAsList().stream()
                .map(row -> "%s v%s %s %s grade %s %s-%s current=%s".formatted(row.getAs("staff_id"), row.getAs("version_number"), row.getAs("region_code"),
                        row.getAs("position"), row.getAs("grade"), row.getAs("valid_from"), row.getAs("valid_to"), row.getAs("is_current")))
                .toList();
    }

    private static Dataset<Row> rosters(Row... rows)
    {
        return spark().createDataFrame(List.of(rows), WarehouseTables.schema(WarehouseCatalogue.load().table("ods_staff_roster")));
    }

    private static Row roster(String id, String community, String position, int grade, String status, String hiredOn, String leftOn, String month,
            LocalDate loadDay)
    {
        return RowFactory.create(id, "李" + id, "男", 1990, "本科", community, "专职社区工作者", position, position.equals("副职") ? "二岗" : "三岗", grade,
                6000, "无", 0, Date.valueOf(hiredOn), leftOn == null ? null : Date.valueOf(leftOn), null, null, null, null, status, month,
                "hr-roster", "roster-%s.csv:%s".formatted(month.replace("-", ""), id), "load-" + loadDay, Date.valueOf(loadDay), new Timestamp(0));
    }
}
