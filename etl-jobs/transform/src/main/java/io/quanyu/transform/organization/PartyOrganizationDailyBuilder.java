package io.quanyu.transform.organization;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

/** Counts the active party organizations per region (where they sit) and level in one day's snapshot. */
public final class PartyOrganizationDailyBuilder
{
    private PartyOrganizationDailyBuilder() {}

    public static Dataset<Row> build(Dataset<Row> organizations, LocalDate statDate)
    {
        return organizations
                .where(col("status").equalTo("active"))
                .groupBy(col("division_code").as("region_code"), col("organization_level"))
                .agg(count(lit(1)).as("organization_count"))
                .withColumn("stat_date", lit(Date.valueOf(statDate)));
    }
}
