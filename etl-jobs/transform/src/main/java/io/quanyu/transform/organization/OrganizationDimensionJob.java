package io.quanyu.transform.organization;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Column;

import java.sql.Date;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Rebuilds {@code dim_organization}, the organizations' history, from every load up to the logical date and the change
 * log's record of what came before the first: a day's rebuild sees the same loads however the earlier days were
 * built, and a re-run replaces it.
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
        return tables.replaceAll(table(), OrganizationDimensionBuilder.build(
                tables.read("ods_party_organization").where(throughDate), tables.read("ods_party_organization_change").where(throughDate)));
    }

    @Override
    public String table()
    {
        return "dim_organization";
    }
}
