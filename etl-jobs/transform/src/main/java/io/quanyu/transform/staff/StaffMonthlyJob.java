package io.quanyu.transform.staff;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** Rebuilds {@code dws_staff_monthly} for every roster month loaded up to the logical date. */
public final class StaffMonthlyJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public StaffMonthlyJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        return tables.replaceAll(table(), StaffMonthlyBuilder.build(tables.read("ods_staff_roster"), logicalDate));
    }

    @Override
    public String table()
    {
        return "dws_staff_monthly";
    }
}
