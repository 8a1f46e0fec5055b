package io.quanyu.transform.region;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.OdsSnapshots;
import io.quanyu.transform.TransformJob;

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
        // counted from the commit, not by a job of its own: on two cores a count queues behind the next table's tasks
        return tables.replaceAll("dim_region", RegionDimensionBuilder.build(OdsSnapshots.load(tables, "ods_division", snapshot), snapshot));
    }

    @Override
    public String table()
    {
        return "dim_region";
    }
}
