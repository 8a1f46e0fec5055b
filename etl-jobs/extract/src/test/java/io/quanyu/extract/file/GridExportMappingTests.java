package io.quanyu.extract.file;

import io.quanyu.schema.ColumnDefinition;
import io.quanyu.schema.TableDefinition;
import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.source.csv.CsvDialect;
import io.quanyu.source.grid.GridExportDialects;
import io.quanyu.source.territory.Division;
import io.quanyu.source.territory.DivisionLevel;
import io.quanyu.source.territory.Territory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every header any district of the city writes maps to exactly one ODS column, for grids and grid workers alike. */
class GridExportMappingTests
{
    @Test
    void everyDistrictsHeadersMapToOneColumnEach()
    {
        WarehouseCatalogue catalogue = WarehouseCatalogue.load();
        List<Division> districts = Territory.ofCity("3302").ofLevel(DivisionLevel.DISTRICT);
        assertThat(districts).hasSize(10);
        for (int index = 0; index < districts.size(); index++) {
            String code = districts.get(index).code();
            assertMapped(catalogue.table("ods_grid"), GridExportDialects.grids(code, index), code);
            assertMapped(catalogue.table("ods_grid_worker"), GridExportDialects.workers(code, index), code);
        }
    }

    private static void assertMapped(TableDefinition table, CsvDialect dialect, String district)
    {
        for (String header : dialect.headerLine()) {
            List<String> columns = table.columns().stream().filter(column -> column.sourceNames().contains(header)).map(ColumnDefinition::name).toList();
            assertThat(columns).as("%s header %s of district %s", table.name(), header, district).hasSize(1);
        }
    }
}
