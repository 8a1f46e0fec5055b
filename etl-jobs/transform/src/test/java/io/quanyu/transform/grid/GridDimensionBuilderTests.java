package io.quanyu.transform.grid;

import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GridDimensionBuilderTests
        extends SparkTestBase
{
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final String COMMUNITY = "330203001001";

    @Test
    void aReDivisionRetiresTheGridAndStartsTheNewOnes()
    {
        // given a grid delivered by a district's export and again by its API, then divided into two on a later day
        Dataset<Row> loaded = grids(
                grid("grid-platform", DAY, COMMUNITY + "001", "一网格", 800, "正常", null, DAY),
                grid("grid-platform-api", DAY, COMMUNITY + "001", "一网格", 800, "正常", null, DAY),
                grid("grid-platform", DAY.plusDays(40), COMMUNITY + "001", "一网格", 800, "已撤销", null, DAY.plusDays(40)),
                grid("grid-platform", DAY.plusDays(40), COMMUNITY + "002", "一网格（东）", 420, "正常", COMMUNITY + "001", DAY.plusDays(40)),
                grid("grid-platform", DAY.plusDays(40), COMMUNITY + "003", "一网格（西）", 380, "正常", COMMUNITY + "001", DAY.plusDays(40)));

        // when the history is built
        List<String> versions = GridDimensionBuilder.build(loaded).orderBy("grid_code", "version_number").collectAsList().stream()
                .map(row -> "%s %s %s %s-%s %s".formatted(row.getAs("grid_code").toString().substring(12), row.getAs("status"), row.getAs("households"),
                        row.getAs("valid_from"), row.getAs("valid_to"), row.getAs("is_current")))
                .toList();

        // then the divided grid has two versions, retired from the division day, and the new grids start that day
        assertThat(versions).containsExactly(
                "001 正常 800 2026-03-01-2026-04-10 false",
                "001 已撤销 800 2026-04-10-null true",
                "002 正常 420 2026-04-10-null true",
                "003 正常 380 2026-04-10-null true");
    }

    @Test
    void theGridsOnAPastDayAreTheVersionsInForceThen()
    {
        // given the same division
        GridDimensionBuilder.build(grids(
                grid("grid-platform", DAY, COMMUNITY + "001", "一网格", 800, "正常", null, DAY),
                grid("grid-platform", DAY.plusDays(40), COMMUNITY + "001", "一网格", 800, "已撤销", null, DAY.plusDays(40)),
                grid("grid-platform", DAY.plusDays(40), COMMUNITY + "002", "一网格（东）", 420, "正常", COMMUNITY + "001", DAY.plusDays(40)),
                grid("grid-platform", DAY.plusDays(40), COMMUNITY + "003", "一网格（西）", 380, "正常", COMMUNITY + "001", DAY.plusDays(40))))
                .createOrReplaceTempView("grid_history");

        // when the grids in use are counted before and after it
        String query = """
                select count(*), sum(g.households) from grid_history as g
                where g.status = '正常' and g.valid_from <= date'%1$s' and (g.valid_to is null or date'%1$s' < g.valid_to)""";

        // then one grid of 800 households became two of 420 and 380
        assertThat(spark().sql(query.formatted(DAY.plusDays(39))).first().toString()).isEqualTo("[1,800]");
        assertThat(spark().sql(query.formatted(DAY.plusDays(40))).first().toString()).isEqualTo("[2,800]");
    }

    private static Dataset<Row> grids(Row... rows)
    {
        return spark().createDataFrame(List.of(rows), WarehouseTables.schema(WarehouseCatalogue.load().table("ods_grid")));
    }

    private static Row grid(String source, LocalDate loadDay, String code, String name, int households, String status, String splitFrom, LocalDate updatedOn)
    {
        return RowFactory.create(code, name, COMMUNITY, households, 3, status, Date.valueOf(splitFrom == null ? DAY.minusYears(2) : updatedOn), splitFrom,
                Date.valueOf(updatedOn), source, source + ":" + code, "load-" + loadDay, Date.valueOf(loadDay), new Timestamp(0));
    }
}
