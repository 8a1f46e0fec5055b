package io.quanyu.transform.organization;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Rebuilds {@code dim_organization}, the organizations' history, from the conformed records of every load up to the
 * logical date ({@code dwd_party_organization}, built just before) and the change log's record of what came before
 * the first: a day's rebuild sees the same loads however the earlier days were built, and a re-run replaces it.
 */
public final class OrganizationDimensionJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public OrganizationDimensionJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        Column throughDate = col("logical_date").leq(lit(Date.valueOf(logicalDate)));
        // the city system decides an organization's attributes; a register adds only the organizations the city lacks
        Dataset<Row> states = tables.read("dwd_party_organization")
                .where(throughDate.and(col("match_rule").isin(OrganizationConformanceBuilder.CITY_SYSTEM, OrganizationConformanceBuilder.REGISTER_ONLY)));
        return tables.replaceAll(table(), OrganizationDimensionBuilder.build(states, tables.read("ods_party_organization_change").where(throughDate)));
    }

    @Override
    public String table()
    {
        return "dim_organization";
    }
}
