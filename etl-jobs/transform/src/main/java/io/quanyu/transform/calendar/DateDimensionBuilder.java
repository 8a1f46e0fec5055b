package io.quanyu.transform.calendar;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.weekday;
import static org.apache.spark.sql.functions.year;

/** The calendar from one day to another, with the Chinese names the screen shows. */
public final class DateDimensionBuilder
{
    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private DateDimensionBuilder() {}

    /** Every day from {@code first} to {@code last}, both included. */
    public static Dataset<Row> build(SparkSession spark, LocalDate first, LocalDate last)
    {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("calendar from %s to %s ends before it starts".formatted(first, last));
        }
        return spark.range(1)
                .select(explode(sequence(lit(Date.valueOf(first)), lit(Date.valueOf(last)))).as("date_day"))
                .select(
                        col("date_day"),
                        year(col("date_day")).as("year_number"),
                        quarter(col("date_day")).as("quarter_number"),
                        month(col("date_day")).as("month_number"),
                        dayofmonth(col("date_day")).as("day_of_month"),
                        weekday(col("date_day")).plus(1).as("day_of_week"),
                        element_at(array(Arrays.stream(WEEKDAYS).map(functions::lit).toArray(Column[]::new)), weekday(col("date_day")).plus(1))
                                .as("weekday_name"),
                        weekday(col("date_day")).geq(5).as("is_weekend"),
                        date_format(col("date_day"), "yyyy-MM").as("year_month"),
                        concat(year(col("date_day")).cast("string"), lit("-Q"), quarter(col("date_day")).cast("string")).as("year_quarter"),
                        concat(year(col("date_day")).cast("string"), lit("年"), date_format(col("date_day"), "MM"), lit("月")).as("month_label"),
                        col("date_day").equalTo(last_day(col("date_day"))).as("is_month_end"));
    }
}
