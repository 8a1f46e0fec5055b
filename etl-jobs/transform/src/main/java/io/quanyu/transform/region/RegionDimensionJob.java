package io.quanyu.transform.region;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.OdsSnapshots;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

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
        LocalDate snapshot = tables.newestLoadDate("ods_division", logicalDate).orElseThrow(() ->
                new IllegalStateException("no ods_division load on or before %s: extract the division register first".formatted(logicalDate)));
        Dataset<Row> regions = RegionDimensionBuilder.build(OdsSnapshots.load(tables, "ods_division", snapshot), snapshot).cache();
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
