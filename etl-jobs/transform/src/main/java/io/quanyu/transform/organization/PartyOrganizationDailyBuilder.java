package io.quanyu.transform.organization;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

/**
 * Counts the active party organizations per region (where they sit) and level on every day the party-organization
 * system was loaded. An organization's state on a day is the row with the latest change time among those loaded up to
 * that day (each load holds the rows changed in its window), so a day built in a later run counts what it counted
 * when it was built on its own day.
 */
public final class PartyOrganizationDailyBuilder
{
    private PartyOrganizationDailyBuilder() {}

    /**
     * @param loaded rows of {@code ods_party_organization} up to the last day
     * @param days the days to count, a column {@code stat_date}: logical dates of party-organization loads
     */
    public static Dataset<Row> build(Dataset<Row> loaded, Dataset<Row> days)
    {
        Dataset<Row> changes = counted(states(loaded));
        // a day's count is every start and end up to it; the changes are few (one per organization and load), the days fewer
        return changes.join(days.withColumnRenamed("stat_date", "_day"), col("stat_date").leq(col("_day")))
                .groupBy(col("_day").as("stat_date"), col("region_code"), col("organization_level"))
                .agg(sum("change").as("organization_count"))
                .where(col("organization_count").gt(0));
    }

    /**
     * Each organization's state from each load on: the latest change time loaded so far (a late row with an older
     * change time does not undo a newer one), in force until the organization's next load.
     */
    static Dataset<Row> states(Dataset<Row> loaded)
    {
        Column latestFirst = struct(col("updated_at"), col("logical_date"), col("division_code"), col("organization_level"), col("status"));
        Dataset<Row> perLoad = loaded
                .withColumn("_latest", row_number().over(Window.partitionBy("organization_id", "logical_date").orderBy(col("updated_at").desc())))
                .where(col("_latest").equalTo(1));
        return perLoad
                .withColumn("_state", max(latestFirst).over(Window.partitionBy("organization_id").orderBy("logical_date")
                        .rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .select(col("organization_id"), col("logical_date").as("valid_from"),
                        lead("logical_date", 1).over(Window.partitionBy("organization_id").orderBy("logical_date")).as("valid_to"),
                        col("_state.division_code").as("region_code"), col("_state.organization_level").as("organization_level"),
                        col("_state.status").as("status"));
    }

    /** +1 where an active state starts and -1 where it ends, per region, level and day. */
    private static Dataset<Row> counted(Dataset<Row> states)
    {
        Dataset<Row> active = states.where(col("status").equalTo("active"));
        Dataset<Row> starts = active.select(col("region_code"), col("organization_level"), col("valid_from").as("stat_date"), lit(1L).as("change"));
        Dataset<Row> ends = active.where(col("valid_to").isNotNull())
                .select(col("region_code"), col("organization_level"), col("valid_to").as("stat_date"), lit(-1L).as("change"));
        return starts.union(ends).groupBy("region_code", "organization_level", "stat_date").agg(sum("change").as("change"));
    }
}
