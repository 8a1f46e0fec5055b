package io.quanyu.transform.event;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * Rebuilds {@code dws_service_event_daily} for every day up to the logical date from the day's accumulating snapshot:
 * a late change to an old event moves the old day's counts, as it should.
 */
public final class ServiceEventDailyJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public ServiceEventDailyJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        return tables.replaceAll(table(), ServiceEventDailyBuilder.build(tables.read("dwd_service_event")));
    }

    @Override
    public String table()
    {
        return "dws_service_event_daily";
    }
}
