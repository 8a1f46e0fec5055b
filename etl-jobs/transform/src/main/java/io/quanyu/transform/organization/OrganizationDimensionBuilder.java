package io.quanyu.transform.organization;

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
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * Turns the loaded rows of the party-organization system into type-2 history: one version per organization per day
 * on which its tracked attributes changed.
 */
public final class OrganizationDimensionBuilder
{
    /** The attributes whose change starts a new version. */
    static final List<String> TRACKED = List.of("organization_name", "organization_level", "organization_domain", "organization_form",
            "parent_organization_id", "division_code", "founded_on", "dissolved_on", "merged_into_id", "status");

    private OrganizationDimensionBuilder() {}

    /** @param loaded rows of {@code ods_party_organization}, from any number of loads, in any order */
    public static Dataset<Row> build(Dataset<Row> loaded)
    {
        WindowSpec byDay = Window.partitionBy("organization_id").orderBy("valid_from");
        Dataset<Row> lastOfDay = loaded
                .withColumn("valid_from", to_date(col("updated_at")))
                .withColumn("_last_of_day", row_number().over(Window.partitionBy("organization_id", "valid_from")
                        .orderBy(col("updated_at").desc(), col("logical_date").desc(), col("source_location").desc())))
                .where(col("_last_of_day").equalTo(1))
                // the attributes as JSON, which names every non-null field: a hash would not tell a value moved to a null neighbour
                .withColumn("_state", to_json(struct(TRACKED.stream().map(column -> col(column)).toArray(Column[]::new))));
        // the first day has no previous state and always starts a version
        Dataset<Row> changes = lastOfDay
                .withColumn("_previous_state", lag("_state", 1).over(byDay))
                .where(col("_previous_state").isNull().or(col("_previous_state").notEqual(col("_state"))));
        return changes
                .withColumn("valid_to", lead("valid_from", 1).over(byDay))
                .withColumn("version_number", row_number().over(byDay))
                .select(
                        xxhash64(col("organization_id"), col("valid_from")).as("organization_version_key"),
                        col("organization_id"),
                        col("version_number"),
                        col("organization_name"),
                        col("organization_level"),
                        col("organization_domain"),
                        col("organization_form"),
                        col("parent_organization_id"),
                        col("division_code").as("region_code"),
                        col("founded_on"),
                        col("dissolved_on"),
                        col("merged_into_id"),
                        col("status"),
                        col("valid_from"),
                        col("valid_to"),
                        col("valid_to").isNull().as("is_current"));
    }
}
