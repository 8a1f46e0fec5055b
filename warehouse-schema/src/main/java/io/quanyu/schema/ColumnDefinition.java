package io.quanyu.schema;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One column of a warehouse table as its table file declares it.
 *
 * @param type a Spark SQL type name (string, bigint, date, timestamp, decimal(18,2), ...)
 * @param references "table.column" this column must match, or null
 */
public record ColumnDefinition(
        String name,
        String type,
        boolean required,
        String label,
        String description,
        List<String> acceptedValues,
        String references)
{
    public ColumnDefinition
    {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(label, "label is null");
        requireNonNull(description, "description is null");
        acceptedValues = acceptedValues == null ? List.of() : List.copyOf(acceptedValues);
    }
}
