package io.quanyu.transform.event;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.BuildWatermark;
import io.quanyu.transform.TransformJob;
import org.apache.iceberg.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

/**
 * Builds {@code dwd_service_event} for the logical date. When the table holds an earlier day and no event load of that
 * day or before finished since (no repair, no late load), only the months the loads after it touch are rewritten;
 * otherwise (a first build, a backfill, loads since that touch no month) the whole table is rebuilt from every event
 * load up to the date.
 */
public final class ServiceEventSnapshotJob
        implements TransformJob
{
    private static final String LOADED_TABLE = "ods_service_event";

    private final WarehouseTables tables;

    public ServiceEventSnapshotJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        Table table = tables.icebergTable(table());
        Optional<BuildWatermark> built = BuildWatermark.of(tables.readSnapshot(table)).filter(mark -> mark.day().isBefore(logicalDate));
        Row finishes = loadFinishes(logicalDate, built.map(BuildWatermark::day).orElse(logicalDate));
        Optional<Instant> finished = instant(finishes, 0);
        if (built.isPresent() && finished.isPresent() && MonthPartitions.monthly(table, "reported_on")
                && instant(finishes, 1).equals(Optional.of(built.get().loadsFinishedAt()))) {
            OptionalLong rows = increment(built.get().day(), logicalDate, finished.get());
            if (rows.isPresent()) {
                return rows.getAsLong();
            }
        }
        Map<String, String> watermark = finished.map(instant -> new BuildWatermark(logicalDate, instant, "all").properties()).orElse(Map.of());
        return rebuild(logicalDate, watermark);
    }

    private long rebuild(LocalDate logicalDate, Map<String, String> watermark)
    {
        Dataset<Row> loaded = ServiceEventSnapshotBuilder.through(tables.read(LOADED_TABLE), logicalDate);
        // the first full load holds nearly every event: its rows are grouped only where another load holds the event too
        Optional<LocalDate> largestLoad = tables.loadedRows(LOADED_TABLE, logicalDate).entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
        // held and counted first, so the join is planned on the revisions' real size: after the first full load they are
        // a few days' changes, and Spark then broadcasts them instead of shuffling every event's row
        Dataset<Row> revisions = largestLoad.map(largest -> ServiceEventSnapshotBuilder.revisions(loaded, largest))
                .orElseGet(() -> ServiceEventSnapshotBuilder.revisions(loaded))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            revisions.count();
            return tables.replaceNoted(table(), lit(true), ServiceEventSnapshotBuilder.build(loaded, revisions, logicalDate), watermark);
        }
        finally {
            revisions.unpersist();
        }
    }

    /** Rewrites the months the loads after {@code tableDay} touch; empty when they touch none, and the table is rebuilt. */
    private OptionalLong increment(LocalDate tableDay, LocalDate logicalDate, Instant finished)
    {
        Dataset<Row> current = tables.read(table());
        Dataset<Row> loaded = ServiceEventSnapshotBuilder.through(tables.read(LOADED_TABLE), logicalDate)
                .where(col("logical_date").gt(lit(Date.valueOf(tableDay))));
        Dataset<Row> winners = ServiceEventIncrementBuilder.winners(ServiceEventSnapshotBuilder.build(loaded, logicalDate), current)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<LocalDate> months = ServiceEventIncrementBuilder.months(winners, current, tableDay, logicalDate).as(Encoders.DATE()).collectAsList().stream()
                    .map(Date::toLocalDate)
                    .sorted()
                    .toList();
            if (months.isEmpty()) {
                return OptionalLong.empty();
            }
            String rewritten = MonthPartitions.names(months);
            return OptionalLong.of(tables.replaceNoted(table(), ServiceEventIncrementBuilder.inMonths(months),
                    ServiceEventIncrementBuilder.rewrite(current, winners, months, logicalDate), new BuildWatermark(logicalDate, finished, rewritten).properties()));
        }
        finally {
            winners.unpersist();
        }
    }

    /** The newest finish of the event loads up to the date (0) and up to the table's day (1), each empty if none. */
    private Row loadFinishes(LocalDate logicalDate, LocalDate tableDay)
    {
        return tables.read("ops_load_audit")
                .where(col("table_name").equalTo(LOADED_TABLE).and(col("logical_date").leq(lit(Date.valueOf(logicalDate)))))
                .agg(max("finished_at"), max(when(col("logical_date").leq(lit(Date.valueOf(tableDay))), col("finished_at"))))
                .first();
    }

    private static Optional<Instant> instant(Row row, int position)
    {
        return Optional.ofNullable((Timestamp) row.get(position)).map(Timestamp::toInstant);
    }

    @Override
    public String table()
    {
        return "dwd_service_event";
    }
}
