package io.quanyu.schema;

import java.math.BigDecimal;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One column of a warehouse table as its table file declares it, with the checks a value must pass to be loaded.
 *
 * @param type a Spark SQL type name (string, bigint, date, timestamp, decimal(18,2), ...)
 * @param references "table.column" this column must match, or null
 * @param sourceNames the names the source systems give this field (a CSV header, a database column, a JSON key);
 *         a value is read from the first of them a record has
 * @param min smallest accepted number, or null
 * @param max largest accepted number, or null
 * @param notAfter a date or timestamp this value may not lie after: {@code source_date} (the date of the file or
 *         load the record came in) or another column of the table; null for no such check
 * @param plainName true for names that must come without full-width digits or letters and without surrounding spaces
 */
public record ColumnDefinition(
        String name,
        String type,
        boolean required,
        String label,
        String description,
        List<String> acceptedValues,
        String references,
        List<String> sourceNames,
        BigDecimal min,
        BigDecimal max,
        String notAfter,
        boolean plainName)
        implements java.io.Serializable
{
    public static final String SOURCE_DATE = "source_date";

    public ColumnDefinition
    {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(label, "label is null");
        requireNonNull(description, "description is null");
        acceptedValues = acceptedValues == null ? List.of() : List.copyOf(acceptedValues);
        sourceNames = sourceNames == null ? List.of() : List.copyOf(sourceNames);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("column %s has min %s above max %s".formatted(name, min, max));
        }
    }

    /** The table and column this column references, split. */
    public List<String> referencedTableAndColumn()
    {
        if (references == null) {
            return List.of();
        }
        String[] parts = references.split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("column %s references %s, not table.column".formatted(name, references));
        }
        return List.of(parts[0], parts[1]);
    }
}
