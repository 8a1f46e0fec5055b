package io.quanyu.transform.fund;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** Rebuilds {@code dws_fund_monthly} for every ledger month loaded up to the logical date. */
public final class FundMonthlyJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public FundMonthlyJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        return tables.replaceAll(table(), FundMonthlyBuilder.build(tables.read("ods_fund_entry"), logicalDate));
    }

    @Override
    public String table()
    {
        return "dws_fund_monthly";
    }
}
