package io.quanyu.spark;

import io.quanyu.schema.ColumnDefinition;
import io.quanyu.schema.TableDefinition;
import org.apache.spark.sql.SparkSession;

import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** Creates the warehouse's Iceberg tables from their declarations, and brings an existing table's columns up to date. */
final class TableCreator
{
    private static final Object CREATION = new Object();

    private final SparkSession spark;

    TableCreator(SparkSession spark)
    {
        this.spark = requireNonNull(spark, "spark is null");
    }

    /**
     * Creates the table (and its namespace) if it does not exist yet, and adds the columns its declaration gained
     * since it was created: a warehouse built by an earlier release keeps its data and history.
     */
    String ensureExists(TableDefinition table)
    {
        if (spark.catalog().tableExists(table.qualifiedName())) {
            addDeclaredColumns(table);
            return table.qualifiedName();
        }
        // the parts of a file load start at once, and the catalog's "if not exists" is a check before an insert
        synchronized (CREATION) {
            if (!spark.catalog().tableExists(table.qualifiedName())) {
                create(table);
            }
        }
        return table.qualifiedName();
    }

    private void create(TableDefinition table)
    {
        try {
            spark.sql("create namespace if not exists " + table.namespace());
        }
        catch (RuntimeException e) {
            // another process created it between the check and the insert: the namespace is there now
            spark.sql("create namespace if not exists " + table.namespace());
        }
        String columns = table.columns().stream()
                .map(column -> "%s %s%s comment '%s'".formatted(column.name(), column.type(), column.required() ? " not null" : "", quoted(comment(column))))
                .collect(Collectors.joining(", "));
        String partitioning = table.partitionedBy().isEmpty() ? "" : " partitioned by (" + String.join(", ", table.partitionedBy()) + ")";
        spark.sql("create table if not exists %s (%s) using iceberg%s comment '%s' tblproperties ('format-version'='2', 'write.parquet.compression-codec'='zstd')"
                .formatted(table.qualifiedName(), columns, partitioning, quoted(table.label() + "：" + table.grain())));
    }

    private void addDeclaredColumns(TableDefinition table)
    {
        Set<String> existing = Set.of(spark.table(table.qualifiedName()).columns());
        // Iceberg adds a column to a table with rows only as optional; the data tests still hold it to required
        table.columns().stream()
                .filter(column -> !existing.contains(column.name()))
                .forEach(column -> spark.sql("alter table %s add column %s %s comment '%s'"
                        .formatted(table.qualifiedName(), column.name(), column.type(), quoted(comment(column)))));
    }

    private static String quoted(String text)
    {
        return text.replace("'", "\\'");
    }

    /** A column's comment in the catalog: its Chinese label, then its description, as the data dictionary shows them. */
    static String comment(ColumnDefinition column)
    {
        return column.label() + "：" + column.description();
    }
}
