package io.quanyu.transform.staff;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

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
        Dataset<Row> snapshots = tables.read("ods_local_wage").where(col("logical_date").leq(lit(Date.valueOf(logicalDate))));
        Row latest = snapshots.agg(max("logical_date")).first();
        Dataset<Row> wages = latest.isNullAt(0) ? snapshots.limit(0) : snapshots.where(col("logical_date").equalTo(lit(latest.getDate(0))));
        return tables.replaceAll(table(), StaffPayYearlyBuilder.build(tables.read("dws_staff_monthly"), tables.read("dim_position"),
                tables.read("dim_region"), wages, logicalDate));
    }

    @Override
    public String table()
    {
        return "dws_staff_pay_yearly";
    }
}
