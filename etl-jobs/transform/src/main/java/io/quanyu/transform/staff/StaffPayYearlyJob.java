package io.quanyu.transform.staff;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.OdsSnapshots;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** Rebuilds {@code dws_staff_pay_yearly} for every roster year up to the logical date, against the latest wages loaded. */
public final class StaffPayYearlyJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public StaffPayYearlyJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        Dataset<Row> wages = OdsSnapshots.newestLoad(tables, "ods_local_wage", logicalDate);
        return tables.replaceAll(table(), StaffPayYearlyBuilder.build(tables.read("dws_staff_monthly"), tables.read("dim_position"),
                tables.read("dim_region"), wages, logicalDate));
    }

    @Override
    public String table()
    {
        return "dws_staff_pay_yearly";
    }
}
