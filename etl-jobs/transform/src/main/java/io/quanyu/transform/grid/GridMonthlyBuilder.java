package io.quanyu.transform.grid;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

/**
 * The grids and grid branches of each community at the end of each month, read from the two type-2 histories: a
 * version counts on a day when the day lies in its validity.
 */
public final class GridMonthlyBuilder
{
    private GridMonthlyBuilder() {}

    /**
     * @param days rows of {@code dim_date}; the month ends up to the logical date are taken, and the logical date itself
     * @param grids rows of {@code dim_grid}
     * @param organizations rows of {@code dim_organization}
     */
    public static Dataset<Row> build(Dataset<Row> days, Dataset<Row> grids, Dataset<Row> organizations, LocalDate logicalDate)
    {
        Column logical = lit(Date.valueOf(logicalDate));
        Dataset<Row> first = grids.agg(min("valid_from").as("_first"));
        Dataset<Row> monthEnds = days.crossJoin(first)
                .where(col("is_month_end").or(col("date_day").equalTo(logical)).and(col("date_day").leq(logical)).and(col("date_day").geq(col("_first"))))
                .select(col("date_day").as("stat_date"));
        Dataset<Row> gridCounts = inForce(monthEnds, grids.where(col("status").equalTo("正常")))
                .groupBy(col("stat_date"), col("region_code"))
                .agg(count(lit(1)).as("grids_in_use"), sum("households").cast("bigint").as("households"), sum("micro_grids").cast("bigint").as("micro_grids"));
        Dataset<Row> branchCounts = inForce(monthEnds, organizations.where(col("status").equalTo("active").and(col("organization_form").equalTo("网格党支部"))))
                .groupBy(col("stat_date").as("_day"), col("region_code").as("_region"))
                .agg(count(lit(1)).as("_branches"));
        return gridCounts.join(branchCounts, col("stat_date").equalTo(col("_day")).and(col("region_code").equalTo(col("_region"))), "left")
                .select(col("stat_date"), col("region_code"), col("grids_in_use"), col("households"), col("micro_grids"),
                        coalesce(col("_branches"), lit(0L)).as("grid_branches"));
    }

    /** The versions in force on each day: valid from on or before it, and not yet replaced. */
    private static Dataset<Row> inForce(Dataset<Row> days, Dataset<Row> versions)
    {
        return days.join(versions, col("valid_from").leq(col("stat_date")).and(col("valid_to").isNull().or(col("stat_date").lt(col("valid_to")))));
    }
}
