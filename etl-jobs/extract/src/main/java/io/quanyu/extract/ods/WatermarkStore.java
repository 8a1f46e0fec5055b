package io.quanyu.extract.ods;

import io.quanyu.spark.WarehouseTables;
import org.apache.iceberg.expressions.Expression;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.apache.iceberg.expressions.Expressions.and;
import static org.apache.iceberg.expressions.Expressions.equal;
import static org.apache.iceberg.expressions.Expressions.lessThan;

/**
 * The watermarks, kept durably in {@code ops_load_audit}: a load for a date starts where the latest load of an earlier
 * date of the same source and table ended. A re-run of a date therefore reads the same window again and replaces its
 * load; the first load of a source reads everything up to its date.
 */
public class WatermarkStore
{
    public static final String AUDIT_TABLE = "ops_load_audit";

    private final TableLookup lookup;

    public WatermarkStore(WarehouseTables tables)
    {
        this.lookup = new TableLookup(tables);
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
        LocalDateTime[] latest = {null};
        Expression earlierLoads = and(equal("source_system", sourceSystem), equal("table_name", table), lessThan("logical_date", logicalDate.toString()));
        lookup.forEach(AUDIT_TABLE, earlierLoads, List.of("window_end"), record -> {
            LocalDateTime end = TableLookup.localTime(record.getField("window_end"));
            if (latest[0] == null || end.isAfter(latest[0])) {
                latest[0] = end;
            }
        });
        if (latest[0] == null) {
            return null;
        }
        LocalDateTime end = logicalDate.plusDays(1).atStartOfDay();
        return latest[0].isAfter(end) ? end : latest[0];
    }
}
