package io.quanyu.transform.fund;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** Rebuilds {@code dws_fund_standard_yearly} for every year with ledger data up to the logical date. */
public final class FundStandardYearlyJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public FundStandardYearlyJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        return tables.replaceAll(table(), FundStandardYearlyBuilder.build(tables.read("dws_fund_monthly"), tables.read("dws_grid_monthly"),
                tables.read("dim_organization"), tables.read("dim_region"), tables.read("dim_fund_standard"), logicalDate));
    }

    @Override
    public String table()
    {
        return "dws_fund_standard_yearly";
    }
}
