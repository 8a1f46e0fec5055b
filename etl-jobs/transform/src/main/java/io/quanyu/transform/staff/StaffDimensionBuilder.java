package io.quanyu.transform.staff;

import io.quanyu.transform.NewestReads;
import io.quanyu.transform.history.TypeTwoHistory;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * Turns the monthly HR rosters into the staff's type-2 history: a move, a promotion, a new grade or certificate starts
 * a version; a departure closes the last one the day after leaving.
 */
public final class StaffDimensionBuilder
{
    static final List<String> TRACKED = List.of("community_code", "staff_type", "position", "post", "grade", "certificate", "dispatching_unit");

    private StaffDimensionBuilder() {}

    /** @param loaded rows of {@code ods_staff_roster} up to the logical date, from any number of loads */
    public static Dataset<Row> build(Dataset<Row> loaded, LocalDate logicalDate)
    {
        // of a month read on several days, the newest read counts: one row per worker and month, as a load has
        Dataset<Row> months = NewestReads.of(loaded, List.of("roster_month"));
        Dataset<Row> departures = months
                .withColumn("_last_month", row_number().over(Window.partitionBy("staff_id").orderBy(col("roster_month").desc())))
                .where(col("_last_month").equalTo(1))
                .select(col("staff_id").as("_departed_id"),
                        when(col("status").isin("调出", "离职"), col("left_on")).as("_left_on"));
        Column changedOn = greatest(to_date(concat(col("roster_month"), lit("-01"))), col("hired_on"));
        Dataset<Row> versions = TypeTwoHistory.versions(months, "staff_id", changedOn, TRACKED, col("roster_month").desc());
        Column closed = col("valid_to").isNull().and(col("_left_on").isNotNull());
        return versions.join(departures, col("staff_id").equalTo(col("_departed_id")))
                .withColumn("valid_to", when(closed, date_add(col("_left_on"), 1)).otherwise(col("valid_to")))
                .select(
                        xxhash64(col("staff_id"), col("valid_from")).as("staff_version_key"),
                        col("staff_id"),
                        col("version_number"),
                        col("name").as("staff_name"),
                        col("gender"),
                        col("birth_year"),
                        col("education"),
                        col("community_code").as("region_code"),
                        col("staff_type"),
                        col("position"),
                        col("post"),
                        col("grade"),
                        col("certificate"),
                        col("dispatching_unit"),
                        col("hired_on"),
                        col("_left_on").as("left_on"),
                        col("valid_from"),
                        col("valid_to"),
                        // the open month's roster already shows a departure at its end: in force until then
                        col("valid_to").isNull().or(col("valid_to").gt(lit(Date.valueOf(logicalDate)))).as("is_current"));
    }
}
