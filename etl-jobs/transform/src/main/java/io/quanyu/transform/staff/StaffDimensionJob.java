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

/** Rebuilds {@code dim_staff}, the staff's history, from every roster load up to the logical date. */
public final class StaffDimensionJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public StaffDimensionJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        Dataset<Row> loaded = tables.read("ods_staff_roster").where(col("logical_date").leq(lit(Date.valueOf(logicalDate))));
        return tables.replaceAll(table(), StaffDimensionBuilder.build(loaded, logicalDate));
    }

    @Override
    public String table()
    {
        return "dim_staff";
    }
}
