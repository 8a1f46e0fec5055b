package io.quanyu.transform.grid;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** Rebuilds {@code dws_grid_monthly} for every month end up to the logical date (and the logical date itself). */
public final class GridMonthlyJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public GridMonthlyJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        return tables.replaceAll(table(), GridMonthlyBuilder.build(tables.read("dim_date"), tables.read("dim_grid"), tables.read("dim_organization"), logicalDate));
    }

    @Override
    public String table()
    {
        return "dws_grid_monthly";
    }
}
