package io.quanyu.transform.reference;

import io.quanyu.schema.ColumnDefinition;
import io.quanyu.schema.Layer;
import io.quanyu.schema.TableDefinition;
import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.SparkTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceTableBuilderTests
        extends SparkTestBase
{
    @Test
    void theDeclaredRowsAreTypedByTheDeclaredColumns()
    {
        // given the fund standards as their file declares them
        TableDefinition standards = WarehouseCatalogue.load().table("dim_fund_standard");

        // when the table is built
        List<String> rows = ReferenceTableBuilder.build(spark(), standards).orderBy("standard_code").collectAsList().stream()
                .map(row -> "%s %s %s".formatted(row.getAs("standard_code"), row.getAs("organization_level"), row.getAs("annual_amount")))
                .toList();

        // then every row is there with its decimal amount, and a column a row leaves out is null
        assertThat(rows).containsExactly(
                "COMMUNITY_WORK_PER_1000_HOUSEHOLDS null 150000.00",
                "PARTY_WORK_BRANCH 党支部 40000.00",
                "PARTY_WORK_COMMITTEE 党委 60000.00",
                "PARTY_WORK_GENERAL_BRANCH 党总支 50000.00",
                "SERVICE_SPECIAL_PER_COMMUNITY null 200000.00");
    }

    @Test
    void aRowWithoutARequiredValueOrWithAWrongTypeIsRefusedNamingTableAndColumn()
    {
        // given rows that leave out a required column, and that give text for a number
        TableDefinition missing = table(Map.of("code", "A"));
        TableDefinition mistyped = table(Map.of("code", "A", "amount", "many"));

        // then building them fails, naming the table, the column and the value
        assertThatThrownBy(() -> ReferenceTableBuilder.build(spark(), missing))
                .hasMessage("a row of table dim_example leaves out the required column amount");
        assertThatThrownBy(() -> ReferenceTableBuilder.build(spark(), mistyped))
                .hasMessageStartingWith("value many of column amount in table dim_example is not a int");
    }

    private static TableDefinition table(Map<String, Object> row)
    {
        return new TableDefinition("dim_example", Layer.DIM, "例", "one row per code", "an example", List.of(), List.of(), List.of("code"), List.of(),
                List.of(column("code", "string"), column("amount", "int")), List.of(), List.of(row), false);
    }

    private static ColumnDefinition column(String name, String type)
    {
        return new ColumnDefinition(name, type, true, name, name, null, null, null, null, null, null, false);
    }
}
