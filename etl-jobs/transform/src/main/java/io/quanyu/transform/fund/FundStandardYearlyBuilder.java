package io.quanyu.transform.fund;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

/**
 * Measures each community's yearly allocations against the fund standards: per 1,000 households, by the level of the
 * community's party organization, or per urban community.
 */
public final class FundStandardYearlyBuilder
{
    static final List<String> HEAD_ORGANIZATION_FORMS = List.of("社区大党委", "社区党组织", "村党组织");

    private FundStandardYearlyBuilder() {}

    public static Dataset<Row> build(Dataset<Row> fundMonthly, Dataset<Row> gridMonthly, Dataset<Row> organizations, Dataset<Row> regions,
            Dataset<Row> standards, LocalDate logicalDate)
    {
        Date through = Date.valueOf(logicalDate);
        Dataset<Row> ledgers = fundMonthly.where(col("stat_date").leq(lit(through)));
        Dataset<Row> yearly = ledgers
                .groupBy(year(col("stat_date")).as("stat_year"), col("region_code"), col("fund_type"))
                .agg(sum("allocated_amount").as("allocated_amount"), sum("spent_amount").as("spent_amount"));
        // a year the ledgers begin after January (the start of the history) cannot be judged: its early allocations are not there
        Dataset<Row> years = ledgers
                .groupBy(year(col("stat_date")).as("stat_year"))
                .agg(min(month(col("stat_date"))).equalTo(1).as("_from_january"));
        Dataset<Row> communityYears = regions.where(col("region_level").equalTo("community"))
                .crossJoin(years)
                .select(col("region_code"), col("community_name"), col("stat_year"), col("_from_january"),
                        least(make_date(col("stat_year"), lit(12), lit(31)), lit(through)).as("stat_date"));
        Dataset<Row> measured = withOrganizationLevel(withHouseholds(communityYears, gridMonthly), organizations)
                .join(standards.withColumnRenamed("organization_level", "standards_level"), applies(), "inner")
                .join(yearly.withColumnRenamed("stat_year", "_year").withColumnRenamed("region_code", "_region").withColumnRenamed("fund_type", "_fund"),
                        col("stat_year").equalTo(col("_year")).and(col("region_code").equalTo(col("_region"))).and(col("fund_type").equalTo(col("_fund"))),
                        "left");
        Column standardAmount = when(col("standard_basis").equalTo("每千户"), col("annual_amount").multiply(col("households")).divide(1000))
                .otherwise(col("annual_amount")).cast("decimal(18,2)");
        Column allocated = coalesce(col("allocated_amount"), lit(0)).cast("decimal(18,2)");
        Column fullYear = col("stat_date").equalTo(make_date(col("stat_year"), lit(12), lit(31))).and(col("_from_january"));
        return measured.select(
                col("stat_date"),
                col("stat_year"),
                col("region_code"),
                col("standard_code"),
                col("fund_type"),
                col("organization_level"),
                col("households"),
                standardAmount.as("standard_amount"),
                allocated.as("allocated_amount"),
                coalesce(col("spent_amount"), lit(0)).cast("decimal(18,2)").as("spent_amount"),
                fullYear.as("is_full_year"),
                when(allocated.geq(standardAmount), lit(true)).when(fullYear, lit(false)).as("meets_standard"),
                greatest(standardAmount.minus(allocated), lit(0)).cast("decimal(18,2)").as("shortfall_amount"));
    }

    /** The households of the community's grids on the last day of the year with grid data, 0 without grids. */
    private static Dataset<Row> withHouseholds(Dataset<Row> communityYears, Dataset<Row> gridMonthly)
    {
        Dataset<Row> yearEnd = gridMonthly
                .withColumn("_year", year(col("stat_date")))
                .withColumn("_last", row_number().over(Window.partitionBy("region_code", "_year").orderBy(col("stat_date").desc())))
                .where(col("_last").equalTo(1))
                .select(col("region_code").as("_region"), col("_year"), col("stat_date").as("_grid_date"), col("households").as("_households"));
        return communityYears.join(yearEnd, col("region_code").equalTo(col("_region")).and(col("stat_year").equalTo(col("_year")))
                        .and(col("_grid_date").leq(col("stat_date"))), "left")
                .withColumn("households", coalesce(col("_households"), lit(0L)).cast("bigint"))
                .drop("_region", "_year", "_grid_date", "_households");
    }

    /** The level of the community's own party organization on the year's last day (null when it has none). */
    private static Dataset<Row> withOrganizationLevel(Dataset<Row> communityYears, Dataset<Row> organizations)
    {
        Dataset<Row> heads = organizations.where(col("organization_form").isin(HEAD_ORGANIZATION_FORMS.toArray()).and(col("status").equalTo("active")))
                .select(col("region_code").as("_region"), col("organization_level").as("_level"), col("organization_id").as("_organization"),
                        col("valid_from").as("_from"), col("valid_to").as("_to"));
        Column inForce = col("region_code").equalTo(col("_region")).and(col("_from").leq(col("stat_date")))
                .and(col("_to").isNull().or(col("stat_date").lt(col("_to"))));
        return communityYears.join(heads, inForce, "left")
                // a community has one head organization; should the system hold two, the lowest key decides, never a duplicate row
                .withColumn("_first", row_number().over(Window.partitionBy("region_code", "stat_year").orderBy(col("_organization").asc_nulls_last())))
                .where(col("_first").equalTo(1))
                .withColumn("organization_level", col("_level"))
                .drop("_region", "_level", "_organization", "_from", "_to", "_first");
    }

    /** Which standards bind a community: every 每千户 one, the one of its organization's level, 城市社区 ones for urban communities. */
    private static Column applies()
    {
        // a 村民委员会 is a village; the division register names urban communities 社区 or 居民委员会
        Column urban = not(col("community_name").contains("村").and(not(col("community_name").contains("社区"))));
        Column level = col("standard_basis").notEqual("按党组织层级").or(col("organization_level").equalTo(col("standards_level")));
        Column scope = col("applies_to").equalTo("全部").or(col("applies_to").equalTo("城市社区").and(urban));
        return level.and(scope);
    }
}
