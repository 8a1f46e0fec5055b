package io.quanyu.transform.history;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

/**
 * Type-2 history from the states a source delivered: one version per key per day on which a tracked column changed.
 * Several states of one day make one version, the day's last; a state delivered again unchanged makes none. Adds
 * {@code valid_from} (inclusive), {@code valid_to} (exclusive, null for the current version), {@code version_number}
 * and {@code is_current}; every other column of the chosen states is kept.
 */
public final class TypeTwoHistory
{
    private TypeTwoHistory() {}

    /**
     * @param changedOn the day each state took effect
     * @param latestFirst how to pick the day's last state among several, most recent first
     */
    public static Dataset<Row> versions(Dataset<Row> states, String key, Column changedOn, List<String> tracked, Column... latestFirst)
    {
        WindowSpec byDay = Window.partitionBy(key).orderBy("valid_from");
        // both windows then share this one shuffle: rows clustered by key are also clustered by key and day
        Dataset<Row> lastOfDay = states.repartition(col(key))
                .withColumn("valid_from", changedOn)
                .withColumn("_last_of_day", row_number().over(Window.partitionBy(col(key), col("valid_from")).orderBy(latestFirst)))
                .where(col("_last_of_day").equalTo(1))
                // the tracked columns as JSON, which names every non-null field: a hash would not tell a value moved to a null neighbour
                .withColumn("_state", to_json(struct(tracked.stream().map(column -> col(column)).toArray(Column[]::new))));
        // the first day has no previous state and always starts a version
        return lastOfDay
                .withColumn("_previous_state", lag("_state", 1).over(byDay))
                .where(col("_previous_state").isNull().or(col("_previous_state").notEqual(col("_state"))))
                .withColumn("valid_to", lead("valid_from", 1).over(byDay))
                .withColumn("version_number", row_number().over(byDay))
                .withColumn("is_current", col("valid_to").isNull())
                .drop("_last_of_day", "_state", "_previous_state");
    }
}
