package io.quanyu.extract.ods;

import io.quanyu.schema.TableDefinition;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Turns named values into a Spark row in the column order the table's declaration gives, adding the load metadata
 * every ODS row carries. A value for an undeclared column, or a declared one left out, is an error.
 */
public final class OdsRowFactory
{
    private final TableDefinition table;
    private final OdsLoad load;
    private final List<String> columns;

    public OdsRowFactory(TableDefinition table, OdsLoad load)
    {
        this.table = requireNonNull(table, "table is null");
        this.load = requireNonNull(load, "load is null");
        this.columns = table.columnNames();
    }

    public Row create(Map<String, Object> sourceValues, String sourceLocation)
    {
        Map<String, Object> values = new java.util.HashMap<>(sourceValues);
        values.put("source_system", load.sourceSystem());
        values.put("source_location", requireNonNull(sourceLocation, "sourceLocation is null"));
        values.put("load_id", load.loadId());
        values.put("logical_date", Date.valueOf(load.logicalDate()));
        values.put("extracted_at", Timestamp.from(Instant.now()));
        for (String name : values.keySet()) {
            if (!columns.contains(name)) {
                throw new IllegalArgumentException("column %s is not declared in %s".formatted(name, table.name()));
            }
        }
        Object[] ordered = new Object[columns.size()];
        for (int index = 0; index < ordered.length; index++) {
            String name = columns.get(index);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for column %s of %s from %s".formatted(name, table.name(), sourceLocation));
            }
            ordered[index] = values.get(name);
        }
        return RowFactory.create(ordered);
    }
}
