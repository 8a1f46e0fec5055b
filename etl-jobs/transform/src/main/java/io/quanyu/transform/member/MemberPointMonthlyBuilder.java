package io.quanyu.transform.member;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/** Adds up the members' scored deeds by month and area (一月一汇总), seated where the member's organization sits. */
public final class MemberPointMonthlyBuilder
{
    static final Map<String, String> AREAS = Map.of(
            "道德品质", "moral_points",
            "党内生活", "party_life_points",
            "履行职责", "duty_points",
            "奉献社会", "society_points");

    private MemberPointMonthlyBuilder() {}

    /**
     * @param points rows of {@code ods_member_point}, from any number of loads
     * @param members the latest snapshot of {@code ods_party_member} up to the logical date
     * @param organizations {@code dim_organization}
     */
    public static Dataset<Row> build(Dataset<Row> points, Dataset<Row> members, Dataset<Row> organizations, LocalDate logicalDate)
    {
        Column through = lit(Date.valueOf(logicalDate));
        Dataset<Row> deeds = points.where(col("logical_date").leq(through).and(col("occurred_on").leq(through)))
                .withColumn("_latest", row_number().over(Window.partitionBy("point_id").orderBy(col("logical_date").desc())))
                .where(col("_latest").equalTo(1));
        Stream<Column> byArea = AREAS.entrySet().stream()
                .map(area -> coalesce(sum(when(col("area").equalTo(area.getKey()), col("points"))), lit(0)).cast("bigint").as(area.getValue()));
        Column[] totals = Stream.concat(Stream.of(count(lit(1)).as("deeds"), count(when(col("points").lt(0), lit(1))).as("negative_deeds")), byArea)
                .toArray(Column[]::new);
        Dataset<Row> monthly = deeds
                .groupBy(least(last_day(col("occurred_on")), through).as("stat_date"), col("member_id"))
                .agg(sum("points").cast("bigint").as("total_points"), totals);
        return monthly.join(seats(members, organizations), "member_id", "left")
                .select(col("stat_date"), col("region_code"), col("member_id"), col("organization_id"),
                        col("moral_points"), col("party_life_points"), col("duty_points"), col("society_points"),
                        col("total_points"), col("deeds"), col("negative_deeds"));
    }

    /** Each member's organization, and where it sits now. */
    private static Dataset<Row> seats(Dataset<Row> members, Dataset<Row> organizations)
    {
        Dataset<Row> latest = members.select(col("member_id"), col("organization_id"));
        Dataset<Row> current = organizations.where(col("is_current")).select(col("organization_id").as("_organization"), col("region_code"));
        // left joins: a member or organization the warehouse does not know fails the not-null tests instead of vanishing
        return latest.join(current, col("organization_id").equalTo(col("_organization")), "left").drop("_organization");
    }
}
