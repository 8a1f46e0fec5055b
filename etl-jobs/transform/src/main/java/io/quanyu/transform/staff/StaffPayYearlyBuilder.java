package io.quanyu.transform.staff;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;

/** Measures each community's average annual pay per ladder position against the multiple of the previous year's local wage. */
public final class StaffPayYearlyBuilder
{
    private StaffPayYearlyBuilder() {}

    /**
     * @param staffMonthly {@code dws_staff_monthly}
     * @param wages the latest snapshot of {@code ods_local_wage}
     */
    public static Dataset<Row> build(Dataset<Row> staffMonthly, Dataset<Row> positions, Dataset<Row> regions, Dataset<Row> wages, LocalDate logicalDate)
    {
        Date through = Date.valueOf(logicalDate);
        Dataset<Row> ladder = positions.where(col("minimum_wage_multiple").isNotNull())
                .select(col("position").as("_position"), col("minimum_wage_multiple"));
        Dataset<Row> yearly = staffMonthly.where(year(col("stat_date")).leq(logicalDate.getYear()).and(col("paid_staff").gt(0)))
                .join(ladder, col("position").equalTo(col("_position")))
                .groupBy(year(col("stat_date")).as("stat_year"), col("region_code"), col("position"), col("minimum_wage_multiple"))
                .agg(sum("paid_staff").as("staff_months"), sum("pay_total").as("pay_total"));
        Dataset<Row> districts = regions.select(col("region_code").as("_community"), col("district_code"));
        Dataset<Row> previousYear = wages.select(col("district_code").as("_district"), col("wage_year").plus(1).as("_year"),
                col("average_wage").cast("bigint").as("reference_wage"));
        Column averagePay = col("pay_total").multiply(12).divide(col("staff_months")).cast("decimal(14,2)");
        Column required = col("minimum_wage_multiple").multiply(col("reference_wage")).cast("decimal(14,2)");
        return yearly.join(districts, col("region_code").equalTo(col("_community")), "left")
                .join(previousYear, col("district_code").equalTo(col("_district")).and(col("stat_year").equalTo(col("_year"))), "left")
                .select(
                        least(make_date(col("stat_year"), lit(12), lit(31)), lit(through)).as("stat_date"),
                        col("stat_year"),
                        col("region_code"),
                        col("position"),
                        col("staff_months"),
                        col("pay_total"),
                        averagePay.as("average_annual_pay"),
                        col("reference_wage"),
                        col("minimum_wage_multiple"),
                        required.as("required_annual_pay"),
                        averagePay.cast("double").divide(col("reference_wage")).as("pay_ratio"),
                        averagePay.geq(required).as("meets_rule"));
    }
}
