package io.quanyu.transform.grid;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/** Rebuilds {@code dim_grid}, the grids' history, from every grid load up to the logical date. */
public final class GridDimensionJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public GridDimensionJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        Dataset<Row> loaded = tables.read("ods_grid").where(col("logical_date").leq(lit(Date.valueOf(logicalDate))));
        return tables.replaceAll(table(), GridDimensionBuilder.build(loaded));
    }

    @Override
    public String table()
    {
        return "dim_grid";
    }
}
