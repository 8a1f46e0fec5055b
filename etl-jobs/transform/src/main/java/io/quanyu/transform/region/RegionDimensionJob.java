package io.quanyu.transform.region;

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

/** Rebuilds {@code dim_region} from the newest division register loaded on or before the logical date. */
public final class RegionDimensionJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public RegionDimensionJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        Dataset<Row> loaded = tables.read("ods_division").where(col("logical_date").leq(lit(Date.valueOf(logicalDate))));
        Row newest = loaded.agg(max("logical_date")).first();
        if (newest.isNullAt(0)) {
            throw new IllegalStateException("no ods_division load on or before %s: extract the division register first".formatted(logicalDate));
        }
        LocalDate snapshot = newest.getDate(0).toLocalDate();
        Dataset<Row> regions = RegionDimensionBuilder.build(loaded.where(col("logical_date").equalTo(lit(Date.valueOf(snapshot)))), snapshot)
                .cache();
        tables.overwrite("dim_region", regions);
        long count = regions.count();
        regions.unpersist();
        return count;
    }

    @Override
    public String table()
    {
        return "dim_region";
    }
}
