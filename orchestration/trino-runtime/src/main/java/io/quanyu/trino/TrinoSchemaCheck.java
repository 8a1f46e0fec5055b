package io.quanyu.trino;

import io.quanyu.schema.ColumnDefinition;
import io.quanyu.schema.TableDefinition;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Checks, through Trino, that the tables analysts and the screen read are the tables the warehouse declares: every
 * declared table is there, with its declared columns, each of the Trino type its declared type becomes in Iceberg.
 * What it compares comes from the same table files the Spark schemas come from.
 */
public final class TrinoSchemaCheck
{
    private final Connection trino;
    private final String catalog;

    public TrinoSchemaCheck(Connection trino, String catalog)
    {
        this.trino = requireNonNull(trino, "trino is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
    }

    /** Every difference between the declarations and what Trino serves, one readable line each; empty when they agree. */
    public List<String> differences(List<TableDefinition> tables)
            throws SQLException
    {
        List<String> differences = new ArrayList<>();
        for (TableDefinition table : tables) {
            Map<String, String> served = servedColumns(table);
            if (served.isEmpty()) {
                differences.add("%s: declared, but Trino serves no such table in catalog %s".formatted(table.qualifiedName(), catalog));
                continue;
            }
            Map<String, String> declared = new LinkedHashMap<>();
            table.columns().forEach(column -> declared.put(column.name(), trinoType(column)));
            declared.forEach((name, type) -> {
                String actual = served.get(name);
                if (actual == null) {
                    differences.add("%s.%s: declared %s, but Trino serves no such column".formatted(table.qualifiedName(), name, type));
                }
                else if (!actual.equals(type)) {
                    differences.add("%s.%s: declared %s, Trino serves %s".formatted(table.qualifiedName(), name, type, actual));
                }
            });
            served.keySet().stream()
                    .filter(name -> !declared.containsKey(name))
                    .forEach(name -> differences.add("%s.%s: served by Trino, but not declared".formatted(table.qualifiedName(), name)));
        }
        return differences;
    }

    /** The Trino type of a declared (Spark SQL) type, as Iceberg stores it: Spark's timestamp is Iceberg's timestamptz. */
    static String trinoType(ColumnDefinition column)
    {
        String type = column.type().toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (type) {
            case "string" -> "varchar";
            case "int" -> "integer";
            case "timestamp" -> "timestamp(6) with time zone";
            case "bigint", "boolean", "date", "double" -> type;
            default -> {
                if (type.startsWith("decimal(")) {
                    yield type;
                }
                throw new IllegalArgumentException("column %s has type %s, which the Trino check does not know".formatted(column.name(), column.type()));
            }
        };
    }

    private Map<String, String> servedColumns(TableDefinition table)
            throws SQLException
    {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = trino.prepareStatement("""
                select c.column_name, c.data_type from %s.information_schema.columns as c
                where c.table_schema = ? and c.table_name = ? order by c.ordinal_position""".formatted(catalog))) {
            statement.setString(1, table.namespace());
            statement.setString(2, table.name());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    columns.put(result.getString(1), result.getString(2));
                }
            }
        }
        return columns;
    }
}
