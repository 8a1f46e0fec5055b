package io.quanyu.transform.event;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** Rebuilds {@code dwd_service_event} from every event load up to the logical date. */
public final class ServiceEventSnapshotJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public ServiceEventSnapshotJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        Dataset<Row> loaded = ServiceEventSnapshotBuilder.through(tables.read("ods_service_event"), logicalDate);
        // held and counted first, so the join is planned on the revisions' real size: after the first full load they are
        // a few days' changes, and Spark then broadcasts them instead of shuffling every event's row
        Dataset<Row> revisions = ServiceEventSnapshotBuilder.revisions(loaded).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            revisions.count();
            return tables.replaceAll(table(), ServiceEventSnapshotBuilder.build(loaded, revisions, logicalDate));
        }
        finally {
            revisions.unpersist();
        }
    }

    @Override
    public String table()
    {
        return "dwd_service_event";
    }
}
