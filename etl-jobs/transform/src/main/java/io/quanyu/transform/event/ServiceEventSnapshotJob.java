package io.quanyu.transform.event;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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
        Dataset<Row> events = ServiceEventSnapshotBuilder.build(tables.read("ods_service_event"), logicalDate);
        return tables.replaceAll(table(), events);
    }

    @Override
    public String table()
    {
        return "dwd_service_event";
    }
}
