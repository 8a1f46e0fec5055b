package io.quanyu.extract.ods;

import io.quanyu.spark.WarehouseSessionFactory;
import io.quanyu.spark.WarehouseTables;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.expressions.Expression;
import org.apache.iceberg.io.CloseableIterable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * Reads a few columns of an ODS or audit table with Iceberg's own reader, in the calling thread: a watermark or a
 * load's reference keys are a few thousand values, for which a Spark job's planning, code generation and scheduling
 * cost more than the read itself, and each load's parts look them up before reading a record.
 */
public class TableLookup
{
    private final WarehouseTables tables;

    public TableLookup(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    /** Every row matching the filter, with only the named columns read. */
    public void forEach(String tableName, Expression filter, List<String> columns, Consumer<Record> action)
    {
        Table table = tables.icebergTable(tableName);
        try (CloseableIterable<Record> records = IcebergGenerics.read(table).where(filter).select(columns.toArray(String[]::new)).build()) {
            records.forEach(action);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read %s of %s".formatted(columns, tableName), e);
        }
    }

    /** A timestamp column's value as the session's local time, which is how Spark's readers give it. */
    public static LocalDateTime localTime(Object value)
    {
        if (value instanceof OffsetDateTime instant) {
            return instant.atZoneSameInstant(ZoneId.of(WarehouseSessionFactory.TIME_ZONE)).toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
