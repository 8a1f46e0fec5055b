package io.quanyu.transform.event;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.BuildWatermark;
import io.quanyu.transform.TransformJob;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Builds {@code dws_service_event_daily} for every day up to the logical date from the day's accumulating snapshot:
 * a late change to an old event moves the old day's counts, as it should. When the snapshot's build rewrote some of
 * its months onto the very snapshot this table was last built from, only the months its old and new rows there count
 * in are rebuilt; otherwise the whole table is.
 */
public final class ServiceEventDailyJob
        implements TransformJob
{
    private static final String EVENTS = "dwd_service_event";
    private static final String BUILT_FROM = "quanyu.built-from-snapshot";

    private final WarehouseTables tables;

    public ServiceEventDailyJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        Snapshot events = requireNonNull(tables.readSnapshot(tables.icebergTable(EVENTS)), "dwd_service_event has no snapshot to count");
        Optional<List<LocalDate>> changed = changedEventMonths(events);
        if (changed.isPresent()) {
            Column rewritten = ServiceEventIncrementBuilder.inMonths(changed.get());
            // an event's old row may count on days its new row does not (a reopened ticket's resolution day)
            Dataset<Row> current = tables.read(EVENTS);
            Dataset<Row> before = tables.readVersion(EVENTS, events.parentId()).where(rewritten);
            List<LocalDate> months = ServiceEventDailyBuilder.months(before.unionByName(current.where(rewritten))).as(Encoders.DATE()).collectAsList().stream()
                    .map(Date::toLocalDate)
                    .sorted()
                    .toList();
            return tables.replaceNotedFanout(table(), MonthPartitions.inMonths(col("stat_date"), months),
                    ServiceEventDailyBuilder.build(current, months), watermark(logicalDate, events, MonthPartitions.names(months)));
        }
        return tables.replaceNotedFanout(table(), lit(true), ServiceEventDailyBuilder.build(tables.read(EVENTS)), watermark(logicalDate, events, "all"));
    }

    /**
     * The months of the events' snapshot rewrote, when it rewrote only those onto the snapshot this table was last
     * built from and this table is partitioned by month as declared; empty when the whole table must be rebuilt.
     */
    private Optional<List<LocalDate>> changedEventMonths(Snapshot events)
    {
        Table table = tables.icebergTable(table());
        Snapshot built = tables.readSnapshot(table);
        if (built == null || events.parentId() == null || !MonthPartitions.monthly(table, "stat_date")
                || !String.valueOf(events.parentId()).equals(built.summary().get(BUILT_FROM))) {
            return Optional.empty();
        }
        return BuildWatermark.of(events)
                .map(mark -> MonthPartitions.parse(mark.rewritten()))
                .filter(months -> !months.isEmpty());
    }

    private static Map<String, String> watermark(LocalDate logicalDate, Snapshot events, String rewritten)
    {
        return Map.of(BuildWatermark.DAY, logicalDate.toString(), BUILT_FROM, Long.toString(events.snapshotId()), BuildWatermark.REWRITTEN, rewritten);
    }

    @Override
    public String table()
    {
        return "dws_service_event_daily";
    }
}
