package io.quanyu.transform.staff;

import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.SparkTestBase;
import io.quanyu.transform.reference.ReferenceTableBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StaffPayYearlyBuilderTests
        extends SparkTestBase
{
    private static final String COMMUNITY = "330203001001";

    @Test
    void eachPositionsAverageAnnualPayIsMeasuredAgainstItsMultipleOfLastYearsLocalWage()
    {
        // given 2025's local wage of 60,000 and two months of 2026: two heads at 8,100 and 7,900, one worker at 5,400
        Dataset<Row> months = declaredRows("dws_staff_monthly",
                month("2026-01-31", "正职", 2, 16_000), month("2026-02-28", "正职", 2, 16_000),
                month("2026-01-31", "普通社工", 1, 5_400), month("2026-02-28", "普通社工", 1, 5_400),
                month("2026-02-28", "第一书记", 0, 0));
        Dataset<Row> wages = declaredRows("ods_local_wage", wage(2025, 60_000), wage(2024, 58_000));
        Dataset<Row> regions = declaredRows("dim_region", Map.of("region_code", COMMUNITY, "region_name", "朝阳社区", "region_level", "community",
                "district_code", "330203000000"));
        Dataset<Row> positions = ReferenceTableBuilder.build(spark(), WarehouseCatalogue.load().table("dim_position"));

        // when measured in March
        List<String> measured = StaffPayYearlyBuilder.build(months, positions, regions, wages, LocalDate.of(2026, 3, 15)).orderBy("position")
                .collectAsList().stream()
                .map(row -> "%s %s %s months=%s average=%s required=%s met=%s".formatted(row.getAs("stat_date"), row.getAs("position"),
                        row.getAs("minimum_wage_multiple"), row.getAs("staff_months"), row.getAs("average_annual_pay"), row.getAs("required_annual_pay"),
                        row.getAs("meets_rule")))
                .toList();

        // then heads earn 96,000 a year against 1.6 × 60,000 and meet the rule; the worker's 64,800 falls short of 66,000
        assertThat(measured).containsExactly(
                "2026-03-15 普通社工 1.1 months=2 average=64800.00 required=66000.00 met=false",
                "2026-03-15 正职 1.6 months=4 average=96000.00 required=96000.00 met=true");
    }

    private static Map<String, Object> month(String day, String position, long paid, long pay)
    {
        Map<String, Object> row = new HashMap<>(Map.of("stat_date", Date.valueOf(day), "region_code", COMMUNITY, "position", position,
                "headcount", paid, "joined", 0L, "departed", 0L, "paid_staff", paid, "pay_total", pay, "certified", 0L, "certificate_allowance_total", 0L));
        row.putAll(Map.of("first_secretaries", 0L, "first_secretaries_present", 0L, "work_funds_total", 0L));
        return row;
    }

    private static Map<String, Object> wage(int year, int wage)
    {
        Map<String, Object> row = new HashMap<>(Map.of("district_code", "330203000000", "district_name", "海曙区", "wage_year", year, "average_wage", wage));
        row.putAll(Map.of("source_system", "hr-roster", "source_location", "local-average-wage.csv:" + year, "load_id", "load-1",
                "logical_date", Date.valueOf("2026-03-15"), "extracted_at", new Timestamp(0)));
        return row;
    }
}
