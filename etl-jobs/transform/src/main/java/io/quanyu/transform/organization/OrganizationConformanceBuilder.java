package io.quanyu.transform.organization;

import io.quanyu.schema.WarehouseCatalogue;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

/**
 * Makes the city system's organizations and the districts' 两新 registers one set of organizations
 * ({@code dwd_party_organization}): every record of either system with the organization it belongs to and how it was
 * matched. The city system's key wins, then a register's credit code once any of its rows carried a city code, then
 * the name in the division when exactly one city organization held it then (a name is reused once its organization is
 * dissolved, and a register writes a renamed organization's old name for a while), or, when none held it then, when
 * exactly one city organization ever had it; what matches nothing is a register-only organization.
 */
public final class OrganizationConformanceBuilder
{
    public static final String CITY_SYSTEM = "city_system";
    public static final String REGISTER_ONLY = "register_only";
    static final String BY_CODE = "organization_code";
    static final String BY_CREDIT_CODE = "credit_code";
    static final String BY_NAME = "name_in_division";
    static final String REGISTER_ONLY_PREFIX = "LX";
    /** How long a district's register can go on writing an organization's earlier name, or one the city has dissolved. */
    static final int REGISTER_NAME_LAG_DAYS = 60;
    private static final List<String> REGISTER_KEY = List.of("credit_code", "reported_on", "logical_date");
    private static final String FULL_WIDTH = "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ";
    private static final String HALF_WIDTH = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** The table's declared columns, in their order: read from the table files once, not at every build. */
    private static final List<String> COLUMNS = WarehouseCatalogue.load().table("dwd_party_organization").columnNames();

    private OrganizationConformanceBuilder() {}

    /**
     * @param city rows of {@code ods_party_organization}
     * @param changes rows of {@code ods_party_organization_change}: the names organizations had before their first load
     * @param register rows of {@code ods_two_new_organization}
     */
    public static Dataset<Row> build(Dataset<Row> city, Dataset<Row> changes, Dataset<Row> register)
    {
        // the name as names are compared, once per record: the matching joins on it and the table keeps it
        Dataset<Row> namedCity = city.withColumn("match_name", plainName(col("organization_name")));
        Dataset<Row> cityRecords = namedCity
                .withColumn("match_rule", lit(CITY_SYSTEM))
                .withColumn("source_key", col("organization_id"))
                .withColumn("credit_code", lit(null).cast("string"))
                .withColumn("member_count", lit(null).cast("int"));
        Dataset<Row> registerRows = registerRecords(namedCity, changes, register.withColumn("match_name", plainName(col("organization_name"))));
        return declared(cityRecords).unionByName(declared(registerRows));
    }

    /** A name as the two systems' names are compared: without the prefix 中共, spaces, or full-width letters and digits. */
    static Column plainName(Column name)
    {
        return translate(regexp_replace(regexp_replace(name, "^中共", ""), "[\\s\\u3000]+", ""), FULL_WIDTH, HALF_WIDTH);
    }

    private static Dataset<Row> registerRecords(Dataset<Row> city, Dataset<Row> changes, Dataset<Row> register)
    {
        Dataset<Row> cityIds = city.select(col("organization_id").as("_city_id")).distinct();
        Dataset<Row> byCode = register.join(cityIds, upper(trim(col("organization_id"))).equalTo(col("_city_id")), "left")
                .withColumn("_by_code", col("_city_id"))
                .drop("_city_id");
        Dataset<Row> crosswalk = byCode.where(col("_by_code").isNotNull())
                .groupBy(col("credit_code").as("_credit_code"))
                .agg(max("_by_code").as("_by_credit_code"));
        Dataset<Row> holdings = NameHoldingBuilder.build(city, changes);
        Dataset<Row> byName = byCode.join(heldOnReportDate(byCode, holdings), REGISTER_KEY.toArray(String[]::new), "left")
                .join(uniqueNames(holdings),
                        col("division_code").equalTo(col("_name_division")).and(col("match_name").equalTo(col("_plain_name"))), "left")
                .withColumn("_by_name", when(col("_dated_holders").isNull(), col("_by_unique_name")).otherwise(col("_by_dated_name")))
                .join(crosswalk, col("credit_code").equalTo(col("_credit_code")), "left");
        Column matched = coalesce(col("_by_code"), col("_by_credit_code"), col("_by_name"));
        return byName
                .withColumn("match_rule", when(col("_by_code").isNotNull(), lit(BY_CODE))
                        .when(col("_by_credit_code").isNotNull(), lit(BY_CREDIT_CODE))
                        .when(col("_by_name").isNotNull(), lit(BY_NAME))
                        .otherwise(lit(REGISTER_ONLY)))
                .withColumn("organization_id", coalesce(matched, concat(lit(REGISTER_ONLY_PREFIX), col("credit_code"))))
                .withColumn("source_key", col("credit_code"))
                .withColumn("organization_form", concat(col("organization_domain"), lit("党组织")))
                .withColumn("parent_organization_id", lit(null).cast("string"))
                .withColumn("dissolved_on", lit(null).cast("date"))
                .withColumn("merged_into_id", lit(null).cast("string"))
                .withColumn("status", lit("active"))
                .withColumn("updated_at", to_timestamp(col("reported_on")));
    }

    /**
     * The city organization each register row's name meant on its report date: the one organization of the row's
     * division that held the name at some time within the register's lag before that date and had not been dissolved
     * earlier than the lag. {@code _dated_holders} counts them, and {@code _by_dated_name} is set only when it is one.
     */
    private static Dataset<Row> heldOnReportDate(Dataset<Row> register, Dataset<Row> holdings)
    {
        Column reported = col("reported_on");
        Column lagStart = date_sub(reported, REGISTER_NAME_LAG_DAYS);
        Column heldThen = col("division_code").equalTo(col("_name_division")).and(col("match_name").equalTo(col("_plain_name")))
                .and(col("_held_from").leq(reported)).and(col("_held_until").gt(lagStart))
                .and(col("_dissolved_on").isNull().or(col("_dissolved_on").gt(lagStart)));
        return register.join(holdings, heldThen, "inner")
                .groupBy(REGISTER_KEY.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
                .agg(countDistinct("_holder").as("_dated_holders"), max("_holder").as("_only_holder"))
                .withColumn("_by_dated_name", when(col("_dated_holders").equalTo(1), col("_only_holder")))
                .drop("_only_holder");
    }

    /** Names only one city organization in a division ever had, loaded or in the change log, with that organization. */
    private static Dataset<Row> uniqueNames(Dataset<Row> holdings)
    {
        return holdings.groupBy("_name_division", "_plain_name")
                .agg(countDistinct("_holder").as("_holders"), max("_holder").as("_by_unique_name"))
                .where(col("_holders").equalTo(1))
                .drop("_holders");
    }

    /** The records in the table's declared columns, in their order. */
    private static Dataset<Row> declared(Dataset<Row> records)
    {
        return records.select(COLUMNS.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
    }
}
