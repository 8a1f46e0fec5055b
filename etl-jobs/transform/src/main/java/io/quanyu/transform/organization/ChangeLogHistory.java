package io.quanyu.transform.organization;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.apache.spark.sql.functions.when;

/**
 * The organizations' states before their first load, rebuilt from the system's change log (成立, 更名, 合并, 撤销): the
 * first load shows each organization as it is, and only from the day of its last change. Walking the log back from
 * that first state gives one state per logged change since the founding: the name before each renaming, active
 * before a dissolution or merger. What the log does not record (level, parent, seat) is taken from the first state.
 * An organization the log does not mention gets no earlier state.
 */
public final class ChangeLogHistory
{
    static final String FOUNDED = "成立";
    static final String RENAMED = "更名";
    static final List<String> ENDED = List.of("撤销", "合并");

    private ChangeLogHistory() {}

    /**
     * @param loaded rows of {@code ods_party_organization}
     * @param changes rows of {@code ods_party_organization_change}, from any number of loads
     * @return states shaped like {@code loaded}, each taking effect at the start of the day of a logged change
     */
    public static Dataset<Row> earlierStates(Dataset<Row> loaded, Dataset<Row> changes)
    {
        Dataset<Row> log = changes
                .withColumn("_latest", row_number().over(Window.partitionBy("change_id").orderBy(col("logical_date").desc())))
                .where(col("_latest").equalTo(1))
                .select(col("organization_id").as("_organization"), col("change_type"), col("effective_on"), col("old_name"));
        Dataset<Row> changed = log.where(col("change_type").notEqual(FOUNDED));
        Dataset<Row> first = loaded
                .withColumn("_first", row_number().over(Window.partitionBy("organization_id")
                        .orderBy(col("updated_at").asc(), col("logical_date").asc(), col("source_location").asc())))
                .where(col("_first").equalTo(1))
                .drop("_first")
                .withColumn("_first_day", to_date(col("updated_at")));
        Dataset<Row> starts = log.groupBy("_organization").agg(
                min(when(col("change_type").equalTo(FOUNDED), col("effective_on"))).as("_founded_in_log"),
                min("effective_on").as("_first_logged"));
        Dataset<Row> boundaries = first.join(starts, col("organization_id").equalTo(col("_organization")), "inner")
                .withColumn("_start", coalesce(col("_founded_in_log"), col("founded_on"), col("_first_logged")))
                .drop("_organization", "_founded_in_log", "_first_logged")
                .join(changed.select(col("_organization"), col("effective_on").as("_boundary")), col("organization_id").equalTo(col("_organization")), "left")
                .drop("_organization");
        Dataset<Row> days = boundaries
                .select(col("*"), col("_start").as("_at")).drop("_boundary")
                .unionByName(boundaries.withColumn("_at", col("_boundary")).drop("_boundary"))
                .where(col("_at").geq(col("_start")).and(col("_at").lt(col("_first_day"))))
                .distinct()
                .withColumn("_until", coalesce(lead("_at", 1).over(Window.partitionBy("organization_id").orderBy("_at")), col("_first_day")));
        return undone(days, changed).drop("_first_day", "_start", "_until")
                .withColumn("updated_at", to_timestamp(col("_at")))
                .drop("_at");
    }

    /** Each day's state: the old name of the first renaming after it, and active when it ended only later. */
    private static Dataset<Row> undone(Dataset<Row> days, Dataset<Row> changed)
    {
        Column later = col("organization_id").equalTo(col("_organization"))
                .and(col("effective_on").geq(col("_until"))).and(col("effective_on").leq(col("_first_day")));
        WindowSpec day = Window.partitionBy("organization_id", "_at");
        Column renamed = col("change_type").equalTo(RENAMED);
        // windows, not an aggregate joined back to the days: one pass, each day's row kept whole
        Dataset<Row> withLater = days.join(changed, later, "left")
                .withColumn("_earlier_name", min_by(when(renamed, col("old_name")), when(renamed, col("effective_on"))).over(day))
                .withColumn("_ended_later", coalesce(max(col("change_type").isin(ENDED.toArray())).over(day), lit(false)))
                .withColumn("_one", row_number().over(day.orderBy(col("effective_on").asc_nulls_first())))
                .where(col("_one").equalTo(1))
                .drop("_one", "_organization", "change_type", "effective_on", "old_name");
        Column endedLater = col("_ended_later");
        return withLater
                .withColumn("organization_name", coalesce(col("_earlier_name"), col("organization_name")))
                .withColumn("status", when(endedLater, lit("active")).otherwise(col("status")))
                .withColumn("dissolved_on", when(endedLater, lit(null)).otherwise(col("dissolved_on")))
                .withColumn("merged_into_id", when(endedLater, lit(null)).otherwise(col("merged_into_id")))
                .drop("_earlier_name", "_ended_later");
    }
}
