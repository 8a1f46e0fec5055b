package io.quanyu.transform.grid;

import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.calendar.DateDimensionBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GridMonthlyBuilderTests
        extends SparkTestBase
{
    private static final WarehouseCatalogue TABLES = WarehouseCatalogue.load();
    private static final String COMMUNITY = "330203001001";

    @Test
    void eachMonthEndCountsTheGridsAndBranchesInForceThatDay()
    {
        // given a grid of 800 households with its branch, divided on 10 March into two grids whose branches follow on
        // 20 March, after the old branch was merged away on the day of the division
        Dataset<Row> grids = rows("dim_grid",
                grid(1, "001", "正常", 800, "2026-01-01", "2026-03-10"), grid(2, "001", "已撤销", 800, "2026-03-10", null),
                grid(1, "002", "正常", 420, "2026-03-10", null), grid(1, "003", "正常", 380, "2026-03-10", null));
        Dataset<Row> organizations = rows("dim_organization",
                branch("PO1", 1, "active", "2026-01-05", "2026-03-10"), branch("PO1", 2, "dissolved", "2026-03-10", null),
                branch("PO2", 1, "active", "2026-03-20", null), branch("PO3", 1, "active", "2026-03-20", null));
        Dataset<Row> days = DateDimensionBuilder.build(spark(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        // when the months are counted with the logical date 15 March
        List<String> months = GridMonthlyBuilder.build(days, grids, organizations, LocalDate.of(2026, 3, 15)).orderBy("stat_date").collectAsList().stream()
                .map(row -> "%s grids=%s households=%s branches=%s".formatted(row.getAs("stat_date"), row.getAs("grids_in_use"), row.getAs("households"),
                        row.getAs("grid_branches")))
                .toList();

        // then January and February have one grid with its branch, and the open month two grids, not yet with branches
        assertThat(months).containsExactly(
                "2026-01-31 grids=1 households=800 branches=1",
                "2026-02-28 grids=1 households=800 branches=1",
                "2026-03-15 grids=2 households=800 branches=0");
    }

    private static Row grid(int version, String sequence, String status, int households, String from, String to)
    {
        return RowFactory.create((long) (sequence + version).hashCode(), COMMUNITY + sequence, version, "网格" + sequence, COMMUNITY, households, 5, status,
                Date.valueOf("2026-01-01"), null, Date.valueOf(from), to == null ? null : Date.valueOf(to), to == null);
    }

    private static Row branch(String id, int version, String status, String from, String to)
    {
        return RowFactory.create((long) (id + version).hashCode(), id, version, id + "网格党支部", "党支部", "社区", "网格党支部", null, COMMUNITY, null, null, null,
                status, Date.valueOf(from), to == null ? null : Date.valueOf(to), to == null);
    }

    private static Dataset<Row> rows(String table, Row... rows)
    {
        return spark().createDataFrame(List.of(rows), WarehouseTables.schema(TABLES.table(table)));
    }
}
