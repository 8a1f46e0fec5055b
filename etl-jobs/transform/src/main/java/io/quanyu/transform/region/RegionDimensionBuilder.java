package io.quanyu.transform.region;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/** Flattens the division register into {@code dim_region}: every row carries its city, district, street and community. */
public final class RegionDimensionBuilder
{
    private RegionDimensionBuilder() {}

    /**
     * @param divisions one snapshot of {@code ods_division}
     * @param loadedFrom the logical date of that snapshot
     */
    public static Dataset<Row> build(Dataset<Row> divisions, LocalDate loadedFrom)
    {
        Dataset<Row> self = divisions.select(col("division_code").as("code"), col("division_name").as("name"),
                col("division_level").as("level"), col("parent_code").as("parent"));
        Dataset<Row> parent = rename(self, "p1");
        Dataset<Row> grandparent = rename(self, "p2");
        Dataset<Row> greatGrandparent = rename(self, "p3");
        Dataset<Row> chain = self
                .join(parent, col("parent").equalTo(col("p1_code")), "left")
                .join(grandparent, col("p1_parent").equalTo(col("p2_code")), "left")
                .join(greatGrandparent, col("p2_parent").equalTo(col("p3_code")), "left");
        return chain.select(
                col("code").as("region_code"),
                col("name").as("region_name"),
                col("level").as("region_level"),
                when(col("level").equalTo("city"), lit(null).cast("string")).otherwise(col("parent")).as("parent_code"),
                ancestor(chain, "city", "code").as("city_code"),
                ancestor(chain, "city", "name").as("city_name"),
                ancestor(chain, "district", "code").as("district_code"),
                ancestor(chain, "district", "name").as("district_name"),
                ancestor(chain, "street", "code").as("street_code"),
                ancestor(chain, "street", "name").as("street_name"),
                ancestor(chain, "community", "code").as("community_code"),
                ancestor(chain, "community", "name").as("community_name"),
                lit(Date.valueOf(loadedFrom)).as("loaded_from"));
    }

    /** The value of the row itself or of the first ancestor on the given level. */
    private static Column ancestor(Dataset<Row> chain, String level, String field)
    {
        return coalesce(
                when(col("level").equalTo(level), col(field)),
                when(col("p1_level").equalTo(level), col("p1_" + field)),
                when(col("p2_level").equalTo(level), col("p2_" + field)),
                when(col("p3_level").equalTo(level), col("p3_" + field)));
    }

    private static Dataset<Row> rename(Dataset<Row> self, String prefix)
    {
        return self.select(col("code").as(prefix + "_code"), col("name").as(prefix + "_name"),
                col("level").as(prefix + "_level"), col("parent").as(prefix + "_parent"));
    }
}
