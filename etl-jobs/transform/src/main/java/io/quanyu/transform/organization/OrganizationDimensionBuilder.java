package io.quanyu.transform.organization;

import io.quanyu.transform.history.TypeTwoHistory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * Turns the loaded rows of the party-organization system into type-2 history: one version per organization per day
 * on which its tracked attributes changed, preceded by the versions its change log shows before its first load.
 */
public final class OrganizationDimensionBuilder
{
    /** The attributes whose change starts a new version. */
    static final List<String> TRACKED = List.of("organization_name", "organization_level", "organization_domain", "organization_form",
            "parent_organization_id", "division_code", "founded_on", "dissolved_on", "merged_into_id", "status");

    private OrganizationDimensionBuilder() {}

    /**
     * @param loaded rows of {@code ods_party_organization}, from any number of loads, in any order
     * @param changes rows of {@code ods_party_organization_change}, from any number of loads
     */
    public static Dataset<Row> build(Dataset<Row> loaded, Dataset<Row> changes)
    {
        Dataset<Row> states = loaded.withColumn("_from_change_log", lit(false))
                .unionByName(ChangeLogHistory.earlierStates(loaded, changes).withColumn("_from_change_log", lit(true)));
        return TypeTwoHistory.versions(states, "organization_id", to_date(col("updated_at")), TRACKED,
                        col("updated_at").desc(), col("logical_date").desc(), col("source_location").desc())
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
                        col("is_current"),
                        col("_from_change_log").as("from_change_log"));
    }
}
