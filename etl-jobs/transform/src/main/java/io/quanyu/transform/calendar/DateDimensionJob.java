package io.quanyu.transform.calendar;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * Rebuilds {@code dim_date}: ten years back, since the first load of a source brings its whole history, and to the
 * end of the logical date's year, so plans and deadlines later in the year have their days.
 */
public final class DateDimensionJob
        implements TransformJob
{
    private static final int YEARS_BACK = 10;

    private final SparkSession spark;
    private final WarehouseTables tables;

    public DateDimensionJob(SparkSession spark, WarehouseTables tables)
    {
        this.spark = requireNonNull(spark, "spark is null");
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        LocalDate first = LocalDate.of(logicalDate.getYear() - YEARS_BACK, 1, 1);
        Dataset<Row> days = DateDimensionBuilder.build(spark, first, LocalDate.of(logicalDate.getYear(), 12, 31));
        return tables.replaceAll(table(), days);
    }

    @Override
    public String table()
    {
        return "dim_date";
    }
}
