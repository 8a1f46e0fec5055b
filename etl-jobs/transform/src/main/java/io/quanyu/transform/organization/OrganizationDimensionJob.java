package io.quanyu.transform.organization;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Rebuilds {@code dim_organization}, the organizations' history, from every load up to the logical date: a day's
 * rebuild sees the same loads however the earlier days were built, and a re-run replaces it.
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
        Dataset<Row> loaded = tables.read("ods_party_organization").where(col("logical_date").leq(lit(Date.valueOf(logicalDate))));
        return tables.replaceAll(table(), OrganizationDimensionBuilder.build(loaded));
    }

    @Override
    public String table()
    {
        return "dim_organization";
    }
}
