package io.quanyu.transform.organization;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import java.sql.Date;
import java.time.LocalDate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

/** Counts the active party organizations per region (where they sit) and level on a day. */
public final class PartyOrganizationDailyBuilder
{
    private PartyOrganizationDailyBuilder() {}

    /**
     * The organizations as they were on {@code day}: of the rows loaded up to that day (each load holds the rows that
     * changed in its window), the latest per organization.
     */
    public static Dataset<Row> stateOn(Dataset<Row> loaded, LocalDate day)
    {
        return loaded.where(col("logical_date").leq(lit(Date.valueOf(day))))
                .withColumn("_latest", row_number().over(Window.partitionBy("organization_id").orderBy(col("updated_at").desc(), col("logical_date").desc())))
                .where(col("_latest").equalTo(1))
                .drop("_latest");
    }

    public static Dataset<Row> build(Dataset<Row> organizations, LocalDate statDate)
    {
        return organizations
                .where(col("status").equalTo("active"))
                .groupBy(col("division_code").as("region_code"), col("organization_level"))
                .agg(count(lit(1)).as("organization_count"))
                .withColumn("stat_date", lit(Date.valueOf(statDate)));
    }
}
