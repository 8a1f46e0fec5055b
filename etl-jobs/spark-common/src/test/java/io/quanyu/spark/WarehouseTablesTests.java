package io.quanyu.spark;

import io.quanyu.schema.WarehouseCatalogue;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarehouseTablesTests
        extends SparkTestBase
{
    private static final int PARTS = 8;

    @BeforeEach
    void clean()
    {
        dropAll();
    }

    @Test
    void createsTheDeclaredColumnsWithTheirLabels()
    {
        tables().ensureExists("dws_party_organization_daily");

        List<Row> described = spark().sql("describe table dws.dws_party_organization_daily").collectAsList();
        assertThat(described).extracting(row -> row.getString(0))
                .containsSequence("stat_date", "region_code", "organization_level", "organization_count");
        assertThat(described.get(3).getString(2)).isEqualTo("党组织数：active organizations of that level");
    }

    @Test
    void partsOfOneLoadCreatingTheirTablesAtOnceInAnEmptyWarehouseAllSucceed()
            throws Exception
    {
        WarehouseTables tables = tables();
        String audit = WarehouseCatalogue.load().table("ops_load_audit").qualifiedName();
        var executor = java.util.concurrent.Executors.newFixedThreadPool(PARTS);
        try {
            // the race is between a check and an insert in the catalog: a few rounds make losing it all but certain
            for (int round = 0; round < 5; round++) {
                // given a warehouse without the ops namespace, as a first extract of a file source finds it
                dropAll();
                spark().sql("drop namespace if exists ops");

                // when parallel parts each make sure the audit table exists, as each reads its watermark
                var start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<String>> parts = java.util.stream.IntStream.range(0, PARTS)
                        .mapToObj(part -> executor.submit(() -> {
                            start.await();
                            return tables.ensureExists("ops_load_audit");
                        }))
                        .toList();
                start.countDown();

                // then none fails, and the table is there
                for (var part : parts) {
                    assertThat(part.get()).isEqualTo(audit);
                }
                assertThat(spark().catalog().tableExists(audit)).isTrue();
            }
        }
        finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aTableFromAnEarlierReleaseGainsTheColumnsItsDeclarationAddedAndKeepsItsRows()
    {
        // given dim_fund_type as an earlier release created it, without sort_order and description, holding a row
        spark().sql("create namespace if not exists dim");
        spark().sql("create table dim.dim_fund_type (fund_type string not null, has_standard boolean not null) using iceberg");
        spark().sql("insert into dim.dim_fund_type values ('社区工作经费', true)");

        // when the table is used by this release
        tables().ensureExists("dim_fund_type");

        // then it has every declared column, the old row reads null in the new ones, and declared rows can be written
        assertThat(spark().table("dim.dim_fund_type").columns()).containsExactly("fund_type", "has_standard", "sort_order", "description");
        assertThat(spark().sql("select fund_type, sort_order from dim.dim_fund_type").first().toString()).isEqualTo("[社区工作经费,null]");
        tables().overwrite("dim_fund_type", declaredRows("dim_fund_type",
                java.util.Map.of("fund_type", "党建工作补助", "has_standard", false, "sort_order", 4, "description", "街道党建补助")));
        assertThat(spark().sql("select fund_type, sort_order from dim.dim_fund_type").first().toString()).isEqualTo("[党建工作补助,4]");
    }

    @Test
    void overwritingAPartitionReplacesOnlyThatDay()
    {
        WarehouseTables tables = tables();
        tables.overwrite("dws_party_organization_daily", counts("2026-11-01", 5, 3));
        tables.overwrite("dws_party_organization_daily", counts("2026-11-02", 6, 3));

        tables.overwrite("dws_party_organization_daily", counts("2026-11-02", 7, 2));

        List<Row> rows = spark().sql("""
                select cast(stat_date as string), sum(organization_count), count(*)
                from dws.dws_party_organization_daily group by stat_date order by stat_date""").collectAsList();
        assertThat(rows).extracting(Row::toString).containsExactly("[2026-11-01,15,3]", "[2026-11-02,14,2]");
    }

    @Test
    void theLoadsOfATableAreCountedByDateFromItsFiles()
    {
        // given three loads of the divisions
        WarehouseTables tables = tables();
        tables.overwrite("ods_division", divisions("2026-11-01", 3));
        tables.overwrite("ods_division", divisions("2026-11-02", 2));
        tables.overwrite("ods_division", divisions("2026-11-03", 1));

        // when the loads up to the second day are asked for
        NavigableMap<LocalDate, Long> loads = tables.loadedRows("ods_division", LocalDate.of(2026, 11, 2));

        // then each load up to that day has its rows, and the newest is the second
        assertThat(loads).containsExactly(
                Map.entry(LocalDate.of(2026, 11, 1), 3L),
                Map.entry(LocalDate.of(2026, 11, 2), 2L));
        assertThat(tables.newestLoadDate("ods_division", LocalDate.of(2026, 11, 2))).contains(LocalDate.of(2026, 11, 2));
        assertThat(tables.loadedRows("ods_division", LocalDate.of(2026, 10, 31))).isEmpty();
        assertThat(tables.newestLoadDate("ods_division", LocalDate.of(2026, 10, 31))).isEmpty();
    }

    @Test
    void replacingALoadSaysHowManyRowsItsCommitAdded()
    {
        // given two days loaded
        WarehouseTables tables = tables();
        Column firstDay = col("stat_date").equalTo(lit(Date.valueOf("2026-11-01")));
        Column secondDay = col("stat_date").equalTo(lit(Date.valueOf("2026-11-02")));
        assertThat(tables.replaceLoad("dws_party_organization_daily", firstDay, counts("2026-11-01", 5, 3))).isEqualTo(3);
        assertThat(tables.replaceLoad("dws_party_organization_daily", secondDay, counts("2026-11-02", 6, 4))).isEqualTo(4);

        // when the first day is loaded again with fewer rows, then with none
        long replaced = tables.replaceLoad("dws_party_organization_daily", firstDay, counts("2026-11-01", 7, 2));
        long replacedFirstDayRows = spark().table("dws.dws_party_organization_daily").where(firstDay).count();
        long emptied = tables.replaceLoad("dws_party_organization_daily", firstDay, counts("2026-11-01", 7, 0));

        // then each commit counts only its own rows, and the other day is untouched
        assertThat(replaced).isEqualTo(2);
        assertThat(replacedFirstDayRows).isEqualTo(2);
        assertThat(emptied).isZero();
        assertThat(spark().table("dws.dws_party_organization_daily").count()).isEqualTo(4);
    }

    @Test
    void replacingAllOfATableSaysHowManyRowsItHoldsOnMainAndOnABuildsBranch()
    {
        // given event types written to main
        WarehouseTables tables = tables();
        assertThat(tables.replaceAll("dim_event_type", eventTypes("走访", "调解", "巡查"))).isEqualTo(3);

        // when a build writes two to its branch, as a day's build does
        spark().sql("alter table dim.dim_event_type set tblproperties ('write.wap.enabled' = 'true')");
        spark().conf().set("spark.wap.branch", "build_20261102");
        long onBranch;
        try {
            onBranch = tables.replaceAll("dim_event_type", eventTypes("走访", "调解"));
        }
        finally {
            spark().conf().unset("spark.wap.branch");
        }

        // then the branch's commit says two, and main still holds three
        assertThat(onBranch).isEqualTo(2);
        assertThat(spark().table("dim.dim_event_type").count()).isEqualTo(3);
        assertThat(spark().sql("select count(*) from dim.dim_event_type version as of 'build_20261102'").first().getLong(0)).isEqualTo(2);
    }

    @Test
    void replacingAllOfAPartitionedTableIsRefused()
    {
        assertThatThrownBy(() -> tables().replaceAll("dws_party_organization_daily", spark().emptyDataFrame()))
                .hasMessage("dws_party_organization_daily is partitioned: replace its partitions, not the whole table");
    }

    @Test
    void whileATableIsBuiltOnlyItsDeclaredSourcesAndItselfCanBeRead()
    {
        // given dws_grid_monthly, whose declaration names dim_grid, dim_organization and dim_date as its sources
        WarehouseTables tables = tables();

        // when its build reads a source, itself, and then a table it does not declare
        long read = tables.building("dws_grid_monthly", () -> tables.read("dim_grid").count() + tables.read("dws_grid_monthly").count());

        // then the first two are read, the third fails naming both tables, and outside a build every table can be read
        assertThat(read).isZero();
        assertThatThrownBy(() -> tables.building("dws_grid_monthly", () -> tables.read("dim_staff")))
                .hasMessage("building dws_grid_monthly reads dim_staff, which its declaration does not name among its sources [dim_grid, dim_organization, dim_date]");
        assertThat(tables.read("dim_staff").count()).isZero();
    }

    @Test
    void rowsNotMatchingTheDeclarationAreRejectedNamingTheColumns()
    {
        Dataset<Row> wrong = counts("2026-11-01", 1, 1).withColumnRenamed("organization_count", "count");

        assertThatThrownBy(() -> tables().overwrite("dws_party_organization_daily", wrong))
                .hasMessage("rows for dws_party_organization_daily do not match its declaration: missing [organization_count], undeclared [count]");
    }

    private static Dataset<Row> counts(String date, long count, int communities)
    {
        List<Row> rows = java.util.stream.IntStream.range(0, communities)
                .mapToObj(index -> RowFactory.create(Date.valueOf(date), "33020300100" + index, "党支部", count, new java.sql.Timestamp(0)))
                .toList();
        return spark().createDataFrame(rows, org.apache.spark.sql.types.StructType.fromDDL("stat_date date, region_code string, organization_level string, organization_count bigint, loads_finished_at timestamp"));
    }

    /** A load of the division register: each division's code and the load's date, other columns their own names. */
    private static Dataset<Row> divisions(String date, int count)
    {
        org.apache.spark.sql.types.StructType schema = WarehouseTables.schema(tables().definition("ods_division"));
        List<Row> rows = java.util.stream.IntStream.range(0, count)
                .mapToObj(index -> RowFactory.create(java.util.Arrays.stream(schema.fields())
                        .map(field -> switch (field.name()) {
                            case "division_code" -> "33020300100" + index;
                            case "logical_date" -> Date.valueOf(date);
                            default -> field.dataType().typeName().equals("timestamp") ? new java.sql.Timestamp(0) : field.name();
                        })
                        .toArray()))
                .toList();
        return spark().createDataFrame(rows, schema);
    }

    private static Dataset<Row> eventTypes(String... names)
    {
        List<Row> rows = java.util.Arrays.stream(names).map(name -> RowFactory.create(name, "活动", false, null, name)).toList();
        return spark().createDataFrame(rows, WarehouseTables.schema(tables().definition("dim_event_type")));
    }
}
