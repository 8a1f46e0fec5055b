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
            assertThat(table.columnNames()).containsAll(table.uniqueKey()).containsAll(table.partitionColumns());
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

    @Test
    void referenceTablesDeclareTheirRowsAndNothingElseDoes()
    {
        // the code lists and standards carry their content; a table a job computes carries none
        assertThat(catalogue.tables().stream().filter(TableDefinition::isReference).map(TableDefinition::name))
                .containsExactlyInAnyOrder("dim_event_type", "dim_fund_standard", "dim_fund_type", "dim_position");
        assertThat(catalogue.table("dim_fund_standard").rows()).extracting(row -> row.get("standard_code"))
                .contains("COMMUNITY_WORK_PER_1000_HOUSEHOLDS", "PARTY_WORK_COMMITTEE", "SERVICE_SPECIAL_PER_COMMUNITY");
        assertThat(catalogue.table("dim_position").rows()).extracting(row -> row.get("position") + " " + row.get("minimum_wage_multiple"))
                .contains("正职 1.6", "副职 1.3", "普通社工 1.1");
    }

    @Test
    void aDeclaredRowNamingAnUnknownColumnIsRefused()
    {
        TableDefinition codes = catalogue.table("dim_fund_type");
        assertThatThrownBy(() -> new TableDefinition(codes.name(), codes.layer(), codes.label(), codes.grain(), codes.description(), codes.sources(),
                codes.partitionedBy(), codes.uniqueKey(), codes.duplicateKey(), codes.columns(), codes.tests(),
                List.of(java.util.Map.of("fund_type", "社区工作经费", "amount", 1)), false))
                .hasMessage("a row of table dim_fund_type names unknown column amount");
    }
}
