package io.quanyu.transform.reference;

import io.quanyu.schema.ColumnDefinition;
import io.quanyu.schema.TableDefinition;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The rows a reference table declares in its own file (code lists, policy standards), typed by the columns declared
 * beside them: the file is the one place both the shape and the content are written.
 */
public final class ReferenceTableBuilder
{
    private ReferenceTableBuilder() {}

    public static Dataset<Row> build(SparkSession spark, TableDefinition table)
    {
        if (!table.isReference()) {
            throw new IllegalArgumentException("table %s declares no rows: it is built by a job, not from its file".formatted(table.name()));
        }
        List<Row> rows = table.rows().stream().map(row -> row(table, row)).toList();
        return spark.createDataFrame(rows, WarehouseTables.schema(table));
    }

    private static Row row(TableDefinition table, Map<String, Object> declared)
    {
        Object[] values = table.columns().stream().map(column -> value(table, column, declared.get(column.name()))).toArray();
        return RowFactory.create(values);
    }

    private static Object value(TableDefinition table, ColumnDefinition column, Object declared)
    {
        if (declared == null) {
            if (column.required()) {
                throw new IllegalArgumentException("a row of table %s leaves out the required column %s".formatted(table.name(), column.name()));
            }
            return null;
        }
        String text = declared.toString();
        String type = column.type();
        try {
            if (type.startsWith("decimal")) {
                return new BigDecimal(text);
            }
            return switch (type) {
                case "string" -> text;
                case "int" -> Integer.valueOf(text);
                case "bigint" -> Long.valueOf(text);
                case "double" -> Double.valueOf(text);
                case "boolean" -> booleanValue(text);
                case "date" -> Date.valueOf(LocalDate.parse(text));
                default -> throw new IllegalArgumentException("type %s is not supported in declared rows".formatted(type));
            };
        }
        catch (RuntimeException e) {
            throw new IllegalArgumentException("value %s of column %s in table %s is not a %s: %s".formatted(text, column.name(), table.name(), type, e.getMessage()), e);
        }
    }

    private static Boolean booleanValue(String text)
    {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }
}
