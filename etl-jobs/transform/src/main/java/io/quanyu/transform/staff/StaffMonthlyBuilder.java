package io.quanyu.transform.staff;

import io.quanyu.transform.NewestReads;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

/** Counts the HR roster by community, month and position: headcount, movements, pay, certificates, first secretaries. */
public final class StaffMonthlyBuilder
{
    /** 每月在村（社区）不少于22天 (Dafang's first-secretary rule). */
    static final int DAYS_PRESENT = 22;

    private StaffMonthlyBuilder() {}

    /** @param loaded rows of {@code ods_staff_roster} from any number of loads */
    public static Dataset<Row> build(Dataset<Row> loaded, LocalDate logicalDate)
    {
        // a month's roster read on several days: its newest read lists everyone employed in the month
        Dataset<Row> latest = NewestReads.of(loaded.where(col("logical_date").leq(lit(Date.valueOf(logicalDate)))), List.of("roster_month"));
        Column onRoster = col("status").isin("在职", "调入");
        Column firstSecretary = onRoster.and(col("staff_type").equalTo("第一书记"));
        return latest
                .groupBy(last_day(to_date(concat(col("roster_month"), lit("-01")))).as("stat_date"), col("community_code").as("region_code"), col("position"))
                .agg(count(when(onRoster, lit(1))).as("headcount"),
                        count(when(col("status").equalTo("调入"), lit(1))).as("joined"),
                        count(when(col("status").isin("调出", "离职"), lit(1))).as("departed"),
                        count(when(onRoster.and(col("monthly_pay").isNotNull()), lit(1))).as("paid_staff"),
                        coalesce(sum(when(onRoster, col("monthly_pay"))), lit(0)).cast("bigint").as("pay_total"),
                        count(when(onRoster.and(col("certificate").isNotNull()).and(col("certificate").notEqual("无")), lit(1))).as("certified"),
                        coalesce(sum(when(onRoster, col("certificate_allowance"))), lit(0)).cast("bigint").as("certificate_allowance_total"),
                        count(when(firstSecretary, lit(1))).as("first_secretaries"),
                        count(when(firstSecretary.and(col("days_in_community").geq(DAYS_PRESENT)), lit(1))).as("first_secretaries_present"),
                        coalesce(sum(when(firstSecretary, col("work_funds"))), lit(0)).cast("bigint").as("work_funds_total"));
    }
}
