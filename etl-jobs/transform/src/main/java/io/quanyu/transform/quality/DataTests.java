package io.quanyu.transform.quality;

import io.quanyu.schema.ColumnDefinition;
import io.quanyu.schema.DataTestDefinition;
import io.quanyu.schema.TableDefinition;
import io.quanyu.schema.WarehouseCatalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The data tests of a table for a day, from its declaration: unique key, required columns, accepted values and
 * references imply theirs, and the file adds its own. A table partitioned by a date is tested on the day's partition,
 * others whole. The queries are plain SQL that Spark and Trino both read, so a failure can be looked into by hand.
 */
public final class DataTests
{
    private DataTests() {}

    public static List<DataTest> of(TableDefinition table, LocalDate day, WarehouseCatalogue catalogue)
    {
        String scope = scope(table, day);
        List<DataTest> tests = new ArrayList<>();
        if (!table.uniqueKey().isEmpty()) {
            tests.add(DataTest.ofUniqueKey(table.name(), table.uniqueKey(), scope));
        }
        for (ColumnDefinition column : table.columns()) {
            if (column.required()) {
                tests.add(DataTest.ofRows(table.name(), "not_null_" + column.name(), "not_null", column.name(), scope, "t.%s is null".formatted(column.name())));
            }
            if (!column.acceptedValues().isEmpty()) {
                String accepted = column.acceptedValues().stream().map(value -> "'" + value.replace("'", "''") + "'").collect(Collectors.joining(", "));
                String value = column.type().equals("string") ? "t." + column.name() : "cast(t.%s as string)".formatted(column.name());
                tests.add(DataTest.ofRows(table.name(), "accepted_values_" + column.name(), "accepted_values", column.name(), scope,
                        "t.%s is not null and %s not in (%s)".formatted(column.name(), value, accepted)));
            }
            if (column.references() != null) {
                List<String> target = column.referencedTableAndColumn();
                tests.add(DataTest.ofReference(table.name(), column.name(), scope, catalogue.table(target.get(0)).qualifiedName(), target.get(1)));
            }
        }
        for (DataTestDefinition test : table.tests()) {
            tests.add(new DataTest(table.name(), test.name(), "custom", null, test.severity(),
                    test.sql().strip().replace("${table}", scope).replace("${logical_date}", "date '%s'".formatted(day))));
        }
        return List.copyOf(tests);
    }

    static String scope(TableDefinition table, LocalDate day)
    {
        return table.partitionedBy().stream()
                .filter(column -> table.column(column).map(definition -> definition.type().equals("date")).orElse(false))
                .findFirst()
                .map(column -> "(select * from %s where %s = date '%s')".formatted(table.qualifiedName(), column, day))
                .orElse(table.qualifiedName());
    }
}
