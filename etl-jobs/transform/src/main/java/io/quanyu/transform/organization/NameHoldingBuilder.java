package io.quanyu.transform.organization;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;

import static io.quanyu.transform.organization.OrganizationConformanceBuilder.plainName;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

/**
 * When each city organization held each of its names, from its loads and the change log: a name a renaming gave holds
 * from the renaming's day, the name it replaced until that day, and the name an organization was founded under from its
 * founding. A name is compared as {@link OrganizationConformanceBuilder#plainName} leaves it. One row per organization,
 * division and name: {@code _holder}, {@code _name_division}, {@code _plain_name}, {@code _held_from} (inclusive),
 * {@code _held_until} (exclusive) and the organization's {@code _dissolved_on}.
 */
final class NameHoldingBuilder
{
    private static final Column EARLIEST = lit(Date.valueOf(LocalDate.of(1900, 1, 1)));
    private static final Column LATEST = lit(Date.valueOf(LocalDate.of(9999, 12, 31)));
    private static final Column NO_DATE = lit(null).cast("date");

    private NameHoldingBuilder() {}

    /**
     * @param city rows of {@code ods_party_organization} with their {@code match_name}
     * @param changes rows of {@code ods_party_organization_change}
     */
    static Dataset<Row> build(Dataset<Row> city, Dataset<Row> changes)
    {
        Dataset<Row> organizations = city.groupBy(col("organization_id").as("_holder")).agg(
                min("founded_on").as("_founded_on"),
                max("dissolved_on").as("_dissolved_on"),
                max_by(col("match_name"), col("updated_at")).as("_current_name"));
        Dataset<Row> divisions = city.select(col("organization_id").as("_division_of"), col("division_code").as("_name_division")).distinct();
        Column first = col("_first_from");
        Column firstEnd = col("_first_until");
        return evidence(city, changes)
                .groupBy("_holder", "_plain_name")
                .agg(min("_from").as("_first_from"), min("_until").as("_first_until"), max("_until").as("_last_until"))
                .join(organizations, "_holder")
                // held before any renaming gave it: the name it was founded under, or one it was later renamed back to
                .withColumn("_held_from", when(first.isNull().or(firstEnd.isNotNull().and(firstEnd.leq(first))), coalesce(col("_founded_on"), EARLIEST))
                        .otherwise(first))
                .withColumn("_held_until", when(col("_plain_name").equalTo(col("_current_name")), LATEST)
                        .otherwise(coalesce(col("_last_until"), LATEST)))
                .join(divisions, col("_holder").equalTo(col("_division_of")))
                .select("_holder", "_name_division", "_plain_name", "_held_from", "_held_until", "_dissolved_on");
    }

    /** Every name an organization is known to have had, with the day a change gave it or took it away. */
    private static Dataset<Row> evidence(Dataset<Row> city, Dataset<Row> changes)
    {
        Dataset<Row> loaded = city.select(col("organization_id").as("_holder"), col("match_name").as("_plain_name"),
                NO_DATE.as("_from"), NO_DATE.as("_until"));
        Dataset<Row> replaced = changes.where(col("change_type").equalTo(ChangeLogHistory.RENAMED).and(col("old_name").isNotNull()))
                .select(col("organization_id").as("_holder"), plainName(col("old_name")).as("_plain_name"), NO_DATE.as("_from"),
                        col("effective_on").as("_until"));
        Dataset<Row> given = changes.where(col("change_type").isin(ChangeLogHistory.RENAMED, ChangeLogHistory.FOUNDED).and(col("new_name").isNotNull()))
                .select(col("organization_id").as("_holder"), plainName(col("new_name")).as("_plain_name"), col("effective_on").as("_from"),
                        NO_DATE.as("_until"));
        return loaded.unionByName(replaced).unionByName(given);
    }
}
