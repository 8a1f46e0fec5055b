package io.quanyu.schema;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarehouseCatalogueTests
{
    private final WarehouseCatalogue catalogue = WarehouseCatalogue.load();

    @Test
    void loadsEveryTableFileInLayerOrder()
    {
        List<String> names = catalogue.tables().stream().map(TableDefinition::qualifiedName).toList();

        assertThat(names).containsSubsequence("ods.ods_party_organization", "dim.dim_region", "dws.dws_party_organization_daily");
    }

    @Test
    void everyTableHasDocumentedColumnsAndKnownKeys()
    {
        for (TableDefinition table : catalogue.tables()) {
            assertThat(table.columns()).as(table.name()).isNotEmpty();
            assertThat(table.columns()).allSatisfy(column -> {
                assertThat(column.label()).as(table.name() + "." + column.name()).isNotBlank();
                assertThat(column.description()).as(table.name() + "." + column.name()).isNotBlank();
            });
            assertThat(table.columnNames()).containsAll(table.uniqueKey()).containsAll(table.partitionedBy());
        }
    }

    @Test
    void everyReferenceAndSourceNamesADeclaredTable()
    {
        for (TableDefinition table : catalogue.tables()) {
            for (ColumnDefinition column : table.columns()) {
                if (column.references() != null) {
                    String[] target = column.references().split("\\.");
                    assertThat(catalogue.table(target[0]).column(target[1])).as(column.references()).isPresent();
                }
            }
            if (table.layer() != Layer.ODS && table.layer() != Layer.OPS) {
                table.sources().forEach(source -> assertThat(catalogue.table(source)).isNotNull());
            }
        }
    }

    @Test
    void checksNameDeclaredColumns()
    {
        for (TableDefinition table : catalogue.tables()) {
            assertThat(table.columnNames()).as(table.name()).containsAll(table.duplicateKey());
            for (ColumnDefinition column : table.columns()) {
                if (column.notAfter() != null && !column.notAfter().equals(ColumnDefinition.SOURCE_DATE)) {
                    assertThat(table.column(column.notAfter())).as(table.name() + "." + column.name()).isPresent();
                }
            }
        }
    }

    @Test
    void loadMetadataIsAppendedToEveryOdsTableOnce()
    {
        TableDefinition grid = catalogue.table("ods_grid");

        assertThat(grid.columnNames()).endsWith("source_system", "source_location", "load_id", "logical_date", "extracted_at");
        assertThat(grid.columnNames()).doesNotHaveDuplicates();
        assertThat(grid.column("grid_code").orElseThrow().sourceNames()).contains("网格编码", "网格编号", "网格代码", "gridCode");
    }

    @Test
    void odsTablesCarryLoadMetadata()
    {
        catalogue.tables().stream()
                .filter(table -> table.layer() == Layer.ODS)
                .forEach(table -> assertThat(table.columnNames())
                        .as(table.name())
                        .contains("source_system", "source_location", "load_id", "logical_date", "extracted_at"));
    }

    @Test
    void unknownTableIsAClearError()
    {
        assertThatThrownBy(() -> catalogue.table("dws_missing"))
                .hasMessage("no table dws_missing is declared under warehouse-schema/tables");
    }
}
