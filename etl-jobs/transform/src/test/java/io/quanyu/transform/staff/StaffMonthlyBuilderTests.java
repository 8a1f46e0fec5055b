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
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class StaffMonthlyBuilderTests
        extends SparkTestBase
{
    private static final String COMMUNITY = "330203001001";

    @Test
    void theLatestReadOfAMonthCountsAndMovementsAreSeparatedFromTheRoster()
    {
        // given October read on two days (a worker left between the reads), a joiner, and two first secretaries, one
        // present 22 days and one 15
        LocalDate firstRead = LocalDate.of(2026, 10, 20);
        LocalDate lastRead = LocalDate.of(2026, 11, 1);
        List<Row> rows = List.of(
                staff("S1", "普通社工", "专职社区工作者", "在职", 6000, "社工师", 400, null, firstRead),
                staff("S1", "普通社工", "专职社区工作者", "离职", 6000, "社工师", 400, null, lastRead),
                staff("S2", "普通社工", "专职社区工作者", "在职", 5000, "无", 0, null, lastRead),
                staff("S3", "普通社工", "专职社区工作者", "调入", 5200, "助理社工师", 200, null, lastRead),
                staff("F1", "第一书记", "第一书记", "在职", null, "无", 0, 22, lastRead),
                staff("F2", "第一书记", "第一书记", "在职", null, "无", 0, 15, lastRead));

        // when the month is counted on the last read's day
        Map<String, String> counts = StaffMonthlyBuilder.build(roster(rows), lastRead).collectAsList().stream()
                .collect(Collectors.toMap(row -> row.getAs("stat_date") + " " + row.getAs("position"),
                        row -> "headcount=%s joined=%s departed=%s paid=%s pay=%s certified=%s allowance=%s secretaries=%s present=%s funds=%s".formatted(
                                row.getAs("headcount"), row.getAs("joined"), row.getAs("departed"), row.getAs("paid_staff"), row.getAs("pay_total"),
                                row.getAs("certified"), row.getAs("certificate_allowance_total"), row.getAs("first_secretaries"),
                                row.getAs("first_secretaries_present"), row.getAs("work_funds_total"))));

        // then the leaver counts as departed, not on the roster, and one of two first secretaries was present enough
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2026-10-31 普通社工", "headcount=2 joined=1 departed=1 paid=2 pay=10200 certified=1 allowance=200 secretaries=0 present=0 funds=0",
                "2026-10-31 第一书记", "headcount=2 joined=0 departed=0 paid=0 pay=0 certified=0 allowance=0 secretaries=2 present=1 funds=20000"));
    }

    @Test
    void aWorkerTheMonthsNewerReadNoLongerListsIsNotCounted()
    {
        // given October read on 20 October with two workers, and on 1 November with one: HR took the other off the month
        LocalDate firstRead = LocalDate.of(2026, 10, 20);
        LocalDate lastRead = LocalDate.of(2026, 11, 1);
        List<Row> rows = List.of(
                staff("S1", "普通社工", "专职社区工作者", "在职", 6000, "无", 0, null, firstRead),
                staff("S2", "普通社工", "专职社区工作者", "在职", 5000, "无", 0, null, firstRead),
                staff("S1", "普通社工", "专职社区工作者", "在职", 6000, "无", 0, null, lastRead));

        // when October is counted on each read's day
        Row before = StaffMonthlyBuilder.build(roster(rows), firstRead).collectAsList().get(0);
        Row after = StaffMonthlyBuilder.build(roster(rows), lastRead).collectAsList().get(0);

        // then the month holds two workers by the first read and one by the newer, which replaces it whole
        assertThat(before.<Long>getAs("headcount")).isEqualTo(2);
        assertThat(after.<Long>getAs("headcount")).isEqualTo(1);
        assertThat(after.<Long>getAs("pay_total")).isEqualTo(6000);
    }

    private static Dataset<Row> roster(List<Row> rows)
    {
        return spark().createDataFrame(rows, WarehouseTables.schema(WarehouseCatalogue.load().table("ods_staff_roster")));
    }

    private static Row staff(String id, String position, String type, String status, Integer pay, String certificate, int allowance, Integer days,
            LocalDate loadDay)
    {
        boolean secretary = type.equals("第一书记");
        return RowFactory.create(id, "张" + id, "女", 1988, "本科", COMMUNITY, type, position, secretary ? null : "三岗", secretary ? null : 6, pay, certificate,
                allowance, Date.valueOf("2020-01-01"), status.equals("离职") ? Date.valueOf("2026-10-25") : null, secretary ? "县委组织部" : null, days,
                secretary ? 10000 : null, secretary ? 1000000 : null, status, "2026-10",
                "hr-roster", "roster-202610.csv:" + id, "load-" + loadDay, Date.valueOf(loadDay), new Timestamp(0));
    }
}
