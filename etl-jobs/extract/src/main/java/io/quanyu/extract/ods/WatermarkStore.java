package io.quanyu.extract.ods;

import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

/**
 * The watermarks, kept durably in {@code ops_load_audit}: a load for a date starts where the latest load of an earlier
 * date of the same source and table ended. A re-run of a date therefore reads the same window again and replaces its
 * load; the first load of a source reads everything up to its date.
 */
public class WatermarkStore
{
    public static final String AUDIT_TABLE = "ops_load_audit";

    private final WarehouseTables tables;

    public WatermarkStore(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    public LoadWindow window(String sourceSystem, String table, LocalDate logicalDate, WindowKind kind)
    {
        LocalDateTime end = logicalDate.plusDays(1).atStartOfDay();
        return switch (kind) {
            case SNAPSHOT -> new LoadWindow(null, end, end);
            case CHANGES -> new LoadWindow(previousEnd(sourceSystem, table, logicalDate), end, end);
            case MONTHLY_FILES -> {
                boolean monthClosed = logicalDate.getDayOfMonth() == logicalDate.lengthOfMonth();
                yield new LoadWindow(previousEnd(sourceSystem, table, logicalDate), end, monthClosed ? end : logicalDate.withDayOfMonth(1).atStartOfDay());
            }
        };
    }

    private LocalDateTime previousEnd(String sourceSystem, String table, LocalDate logicalDate)
    {
        Row row = tables.read(AUDIT_TABLE)
                .where(col("source_system").equalTo(sourceSystem)
                        .and(col("table_name").equalTo(table))
                        .and(col("logical_date").lt(lit(Date.valueOf(logicalDate)))))
                .agg(max(col("window_end")))
                .first();
        Timestamp previous = row.getTimestamp(0);
        if (previous == null) {
            return null;
        }
        LocalDateTime end = logicalDate.plusDays(1).atStartOfDay();
        return previous.toLocalDateTime().isAfter(end) ? end : previous.toLocalDateTime();
    }
}
