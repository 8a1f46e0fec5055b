package io.quanyu.trino;

import io.quanyu.schema.ColumnDefinition;
import io.quanyu.schema.WarehouseCatalogue;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrinoSchemaCheckTests
{
    @Test
    void everyDeclaredTypeHasTheTrinoTypeIcebergGivesIt()
    {
        // given every column type the table files use
        Map<String, String> types = WarehouseCatalogue.load().tables().stream()
                .flatMap(table -> table.columns().stream())
                .collect(Collectors.toMap(ColumnDefinition::type, TrinoSchemaCheck::trinoType, (first, second) -> first));

        // then each maps as Iceberg stores it and Trino names it
        assertThat(types).containsEntry("string", "varchar").containsEntry("int", "integer").containsEntry("bigint", "bigint")
                .containsEntry("timestamp", "timestamp(6) with time zone").containsEntry("decimal(18,2)", "decimal(18,2)")
                .containsEntry("date", "date").containsEntry("boolean", "boolean");
    }

    @Test
    void anUnknownTypeIsRefusedNamingTheColumn()
    {
        ColumnDefinition column = new ColumnDefinition("tags", "array<string>", false, "标签", "tags", null, null, null, null, null, null, false);
        assertThatThrownBy(() -> TrinoSchemaCheck.trinoType(column)).hasMessage("column tags has type array<string>, which the Trino check does not know");
    }
}
