package io.quanyu.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A warehouse table as declared in its file under {@code warehouse-schema/tables/<layer>/<name>.yml}:
 * the one place its shape is written.
 *
 * @param partitionedBy columns, or Iceberg's month transform of a date column ({@code months(reported_on)})
 * @param duplicateKey columns that make two records of one load the same record: the later ones are duplicates
 * @param tests the table's own data tests, beyond those its keys, columns and references imply
 * @param rows the whole content of a small reference table (a code list or a policy standard), declared with its shape;
 *         empty for every table a job computes
 * @param snapshot of an ODS table: every load holds all the source has, so the newest load on or before a day is the
 *         source as of that day
 */
public record TableDefinition(
        String name,
        Layer layer,
        String label,
        String grain,
        String description,
        List<String> sources,
        List<String> partitionedBy,
        List<String> uniqueKey,
        List<String> duplicateKey,
        List<ColumnDefinition> columns,
        List<DataTestDefinition> tests,
        List<Map<String, Object>> rows,
        boolean snapshot)
        implements java.io.Serializable
{
    private static final Pattern MONTHS = Pattern.compile("months\\((\\w+)\\)");

    public TableDefinition
    {
        requireNonNull(name, "name is null");
        requireNonNull(layer, "layer is null");
        requireNonNull(label, "label is null");
        requireNonNull(grain, "grain is null");
        requireNonNull(description, "description is null");
        sources = sources == null ? List.of() : List.copyOf(sources);
        partitionedBy = partitionedBy == null ? List.of() : List.copyOf(partitionedBy);
        uniqueKey = uniqueKey == null ? List.of() : List.copyOf(uniqueKey);
        duplicateKey = duplicateKey == null ? List.of() : List.copyOf(duplicateKey);
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        tests = tests == null ? List.of() : List.copyOf(tests);
        List<String> columnNames = columns.stream().map(ColumnDefinition::name).toList();
        rows = rows == null ? List.of() : rows.stream().map(row -> declaredRow(name, columnNames, row)).toList();
        if (snapshot && layer != Layer.ODS) {
            throw new IllegalArgumentException("table %s is declared a snapshot, but only an ODS table's loads are the source's content".formatted(name));
        }
        for (String key : concat(concat(partitionedBy.stream().map(TableDefinition::partitionColumn).toList(), uniqueKey), duplicateKey)) {
            if (!columnNames.contains(key)) {
                throw new IllegalArgumentException("table %s names unknown column %s".formatted(name, key));
            }
        }
    }

    /** The columns the table is partitioned on: of {@code months(reported_on)}, {@code reported_on}. */
    public List<String> partitionColumns()
    {
        return partitionedBy.stream().map(TableDefinition::partitionColumn).toList();
    }

    private static String partitionColumn(String field)
    {
        Matcher months = MONTHS.matcher(field);
        return months.matches() ? months.group(1) : field;
    }

    /** Whether the table's content is declared in its file rather than computed. */
    public boolean isReference()
    {
        return !rows.isEmpty();
    }

    private static Map<String, Object> declaredRow(String table, List<String> columnNames, Map<String, Object> row)
    {
        for (String column : row.keySet()) {
            if (!columnNames.contains(column)) {
                throw new IllegalArgumentException("a row of table %s names unknown column %s".formatted(table, column));
            }
        }
        // not Map.copyOf, which refuses the null a row may declare explicitly
        return Collections.unmodifiableMap(new LinkedHashMap<>(row));
    }

    /** The namespace the table lives in, in Spark's and Trino's catalog alike. */
    public String namespace()
    {
        return layer.namespace();
    }

    /** {@code namespace.name}, to be prefixed by a catalog name. */
    public String qualifiedName()
    {
        return namespace() + "." + name;
    }

    public Optional<ColumnDefinition> column(String columnName)
    {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }

    public List<String> columnNames()
    {
        return columns.stream().map(ColumnDefinition::name).toList();
    }

    private static List<String> concat(List<String> first, List<String> second)
    {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
