package io.quanyu.transform.calendar;

import io.quanyu.spark.SparkTestBase;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateDimensionBuilderTests
        extends SparkTestBase
{
    @Test
    void everyDayOnceWithItsChineseNamesAndPeriods()
    {
        // when the calendar of a leap February and the days around it is built
        List<Row> days = DateDimensionBuilder.build(spark(), LocalDate.of(2024, 2, 27), LocalDate.of(2024, 3, 1)).orderBy("date_day").collectAsList();

        // then every day is there once, 29 February is a Thursday and the month's end, and 2 March is not in
        assertThat(days).extracting(row -> row.getAs("date_day").toString())
                .containsExactly("2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01");
        Row leapDay = days.get(2);
        assertThat(leapDay.<String>getAs("weekday_name")).isEqualTo("星期四");
        assertThat(leapDay.<Integer>getAs("day_of_week")).isEqualTo(4);
        assertThat(leapDay.<Boolean>getAs("is_month_end")).isTrue();
        assertThat(leapDay.<Boolean>getAs("is_weekend")).isFalse();
        assertThat(leapDay.<String>getAs("month_label")).isEqualTo("2024年02月");
        assertThat(leapDay.<String>getAs("year_quarter")).isEqualTo("2024-Q1");
        assertThat(days.get(1).<Boolean>getAs("is_month_end")).isFalse();
    }

    @Test
    void aWeekendIsSaturdayAndSunday()
    {
        // when the calendar of a weekend and the Monday after is built
        List<Row> days = DateDimensionBuilder.build(spark(), LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 23)).orderBy("date_day").collectAsList();

        // then
        assertThat(days).extracting(row -> row.getAs("weekday_name") + ":" + row.getAs("is_weekend"))
                .containsExactly("星期六:true", "星期日:true", "星期一:false");
    }

    @Test
    void aCalendarEndingBeforeItStartsIsRefused()
    {
        assertThatThrownBy(() -> DateDimensionBuilder.build(spark(), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .hasMessage("calendar from 2026-01-02 to 2026-01-01 ends before it starts");
    }
}
