package io.quanyu.extract.ods;

import io.quanyu.spark.WarehouseSessionFactory;
import io.quanyu.spark.WarehouseTables;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.PartitionField;
import org.apache.iceberg.StructLike;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.expressions.Expression;
import org.apache.iceberg.io.CloseableIterable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;
import static org.apache.iceberg.expressions.Expressions.lessThanOrEqual;

/**
 * Reads a few columns of an ODS or audit table with Iceberg's own reader, in the calling thread: a watermark or a
 * load's reference keys are a few thousand values, for which a Spark job's planning, code generation and scheduling
 * cost more than the read itself, and each load's parts look them up before reading a record.
 */
public class TableLookup
{
    private static final String LOGICAL_DATE = "logical_date";

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

    /**
     * The newest logical date loaded on or before the day, from the data files' partitions alone: a table partitioned
     * by its load's date has a file of a date exactly when that load wrote a row.
     */
    public Optional<LocalDate> newestLoadDate(String tableName, LocalDate day)
    {
        Table table = tables.icebergTable(tableName);
        LocalDate newest = null;
        try (CloseableIterable<FileScanTask> files = table.newScan().filter(lessThanOrEqual(LOGICAL_DATE, day.toString())).planFiles()) {
            for (FileScanTask file : files) {
                LocalDate date = loadDate(tableName, file);
                if (!date.isAfter(day) && (newest == null || date.isAfter(newest))) {
                    newest = date;
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list the files of " + tableName, e);
        }
        return Optional.ofNullable(newest);
    }

    /** A timestamp column's value as the session's local time, which is how Spark's readers give it. */
    public static LocalDateTime localTime(Object value)
    {
        if (value instanceof OffsetDateTime instant) {
            return instant.atZoneSameInstant(ZoneId.of(WarehouseSessionFactory.TIME_ZONE)).toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    private static LocalDate loadDate(String tableName, FileScanTask file)
    {
        List<PartitionField> fields = file.spec().fields();
        StructLike partition = file.file().partition();
        for (int position = 0; position < fields.size(); position++) {
            PartitionField field = fields.get(position);
            if (field.name().equals(LOGICAL_DATE) && field.transform().isIdentity()) {
                return LocalDate.ofEpochDay(partition.get(position, Integer.class));
            }
        }
        throw new IllegalStateException("%s is not partitioned by %s, so its loads cannot be told from its files".formatted(tableName, LOGICAL_DATE));
    }
}
