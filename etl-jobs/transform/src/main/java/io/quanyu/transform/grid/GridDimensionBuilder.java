package io.quanyu.transform.grid;

import io.quanyu.transform.history.TypeTwoHistory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * Turns the grids the district platforms delivered (CSV exports and the API alike) into type-2 history: a grid
 * re-divided, renamed, resized or retired gets a new version from the day of the change. The same state delivered by
 * two sources, or again by a later export, is one version.
 */
public final class GridDimensionBuilder
{
    static final List<String> TRACKED = List.of("grid_name", "community_code", "households", "micro_grids", "status", "created_on", "split_from");

    private GridDimensionBuilder() {}

    /** @param loaded rows of {@code ods_grid}, from any number of loads and sources, in any order */
    public static Dataset<Row> build(Dataset<Row> loaded)
    {
        return TypeTwoHistory.versions(loaded, "grid_code", col("updated_on"), TRACKED,
                        col("logical_date").desc(), col("source_system").desc(), col("source_location").desc())
                .select(
                        xxhash64(col("grid_code"), col("valid_from")).as("grid_version_key"),
                        col("grid_code"),
                        col("version_number"),
                        col("grid_name"),
                        col("community_code").as("region_code"),
                        col("households"),
                        col("micro_grids"),
                        col("status"),
                        col("created_on"),
                        col("split_from"),
                        col("valid_from"),
                        col("valid_to"),
                        col("is_current"));
    }
}
