package io.quanyu.transform.metric;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/** Which regions each region counts into: itself, its street, its district and its city, from {@code dim_region}. */
public final class RegionRollup
{
    public static final String MEMBER = "member_code";
    public static final String ROLLUP_CODE = "rollup_code";
    public static final String ROLLUP_LEVEL = "rollup_level";

    private RegionRollup() {}

    public static Dataset<Row> of(Dataset<Row> regions)
    {
        Dataset<Row> self = regions.select(col("region_code").as(MEMBER), col("region_code").as(ROLLUP_CODE), col("region_level").as(ROLLUP_LEVEL));
        Dataset<Row> streets = regions.where(col("region_level").equalTo("community").and(col("street_code").isNotNull()))
                .select(col("region_code").as(MEMBER), col("street_code").as(ROLLUP_CODE), lit("street").as(ROLLUP_LEVEL));
        Dataset<Row> districts = regions.where(col("region_level").isin("community", "street").and(col("district_code").isNotNull()))
                .select(col("region_code").as(MEMBER), col("district_code").as(ROLLUP_CODE), lit("district").as(ROLLUP_LEVEL));
        Dataset<Row> cities = regions.where(col("region_level").notEqual("city"))
                .select(col("region_code").as(MEMBER), col("city_code").as(ROLLUP_CODE), lit("city").as(ROLLUP_LEVEL));
        return self.union(streets).union(districts).union(cities);
    }
}
