package io.quanyu.transform.event;

import org.apache.iceberg.PartitionField;
import org.apache.iceberg.Table;
import org.apache.spark.sql.Column;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.lit;

/**
 * The months of a table partitioned by the month of a date column, as the event tables are: which partitions a day's
 * build rewrites, and how it writes them down in the snapshot summary ({@code 2026-10,2026-11}).
 */
final class MonthPartitions
{
    private MonthPartitions() {}

    /** Whether the table is partitioned by the month of the column alone, as declared (one created by an earlier release may not be). */
    static boolean monthly(Table table, String column)
    {
        List<PartitionField> fields = table.spec().fields();
        return fields.size() == 1
                && fields.get(0).transform().toString().equals("month")
                && table.schema().findColumnName(fields.get(0).sourceId()).equals(column);
    }

    /** The rows whose date falls in the months (their first days), as ranges that select whole month partitions. */
    static Column inMonths(Column date, List<LocalDate> months)
    {
        return months.stream()
                .map(month -> date.geq(lit(Date.valueOf(month))).and(date.lt(lit(Date.valueOf(month.plusMonths(1))))))
                .reduce(Column::or)
                .orElse(lit(false));
    }

    static String names(List<LocalDate> months)
    {
        return months.stream().map(month -> YearMonth.from(month).toString()).collect(Collectors.joining(","));
    }

    /** The months {@link #names} wrote, as their first days; empty for {@code all} or nothing. */
    static List<LocalDate> parse(String names)
    {
        if (names.isBlank() || names.equals("all")) {
            return List.of();
        }
        return Arrays.stream(names.split(",")).map(name -> YearMonth.parse(name).atDay(1)).toList();
    }
}
