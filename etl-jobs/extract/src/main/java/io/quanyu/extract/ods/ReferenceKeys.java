package io.quanyu.extract.ods;

import io.quanyu.schema.ColumnDefinition;
import io.quanyu.schema.TableDefinition;
import io.quanyu.spark.WarehouseTables;

import org.apache.iceberg.expressions.Expression;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;
import static org.apache.iceberg.expressions.Expressions.and;
import static org.apache.iceberg.expressions.Expressions.equal;
import static org.apache.iceberg.expressions.Expressions.lessThanOrEqual;
import static org.apache.iceberg.expressions.Expressions.notNull;

/**
 * The keys a table's references are checked against: every value of the referenced ODS column loaded up to the
 * logical date, or in the newest load up to it of a table declared a snapshot. An empty referenced table is an error,
 * since every record would look orphaned: the source it comes from must be extracted first.
 */
public class ReferenceKeys
{
    private final WarehouseTables tables;
    private final TableLookup lookup;
    private final Map<String, Map<String, Predicate<String>>> byLoad = new ConcurrentHashMap<>();

    public ReferenceKeys(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
        this.lookup = new TableLookup(tables);
    }

    /**
     * The checks of {@link #forTable}, computed once per job execution and table, for the parts of a load that start
     * together; the keys of earlier executions are let go, as later loads may have added keys.
     */
    public Map<String, Predicate<String>> forLoad(TableDefinition table, LocalDate logicalDate, long jobExecutionId)
    {
        String load = "%s/%s/%d".formatted(table.name(), logicalDate, jobExecutionId);
        byLoad.keySet().removeIf(key -> !key.endsWith("/" + jobExecutionId));
        return byLoad.computeIfAbsent(load, key -> Map.copyOf(forTable(table, logicalDate)));
    }

    public Map<String, Predicate<String>> forTable(TableDefinition table, LocalDate logicalDate)
    {
        Map<String, Predicate<String>> checks = new HashMap<>();
        keySets(table, logicalDate).forEach((column, keys) -> checks.put(column, keys::contains));
        return checks;
    }

    /** For each referencing column of the table, the keys it may point at (shared between columns of one reference). */
    public Map<String, Set<String>> keySets(TableDefinition table, LocalDate logicalDate)
    {
        Map<String, Set<String>> keysByColumn = new HashMap<>();
        Map<String, Set<String>> loaded = new HashMap<>();
        for (ColumnDefinition column : table.columns()) {
            if (column.references() != null) {
                keysByColumn.put(column.name(), loaded.computeIfAbsent(column.references(), reference -> keys(column, logicalDate)));
            }
        }
        return keysByColumn;
    }

    private Set<String> keys(ColumnDefinition column, LocalDate logicalDate)
    {
        List<String> target = column.referencedTableAndColumn();
        TableDefinition referenced = tables.definition(target.get(0));
        Expression loads = loads(referenced, logicalDate);
        Set<String> keys = new HashSet<>();
        lookup.forEach(referenced.name(), loads, List.of(target.get(1)), record -> add(keys, record.getField(target.get(1))));
        // a record the source has but that was quarantined for another problem still exists: pointing at it is no orphan
        if (target.get(1).equals(referenced.uniqueKey().get(0))) {
            Expression quarantined = and(loads, equal("target_table", referenced.name()), notNull("record_key"));
            lookup.forEach("ods_quarantine", quarantined, List.of("record_key"), record -> add(keys, record.getField("record_key")));
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("cannot check %s against %s: nothing is loaded there up to %s; extract its source first"
                    .formatted(column.name(), column.references(), logicalDate));
        }
        return keys;
    }

    private static void add(Set<String> keys, Object value)
    {
        if (value != null) {
            keys.add(value.toString());
        }
    }

    /**
     * The loads that hold the keys up to the day: every one of a table loaded by its changes, only the newest of a
     * snapshot, which has all the source had then (and reading every daily snapshot would grow without end).
     */
    private Expression loads(TableDefinition referenced, LocalDate logicalDate)
    {
        Expression upToDate = lessThanOrEqual("logical_date", logicalDate.toString());
        if (!referenced.snapshot()) {
            return upToDate;
        }
        return tables.newestLoadDate(referenced.name(), logicalDate)
                .<Expression>map(newest -> equal("logical_date", newest.toString()))
                .orElse(upToDate);
    }
}
