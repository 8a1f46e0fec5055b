package io.quanyu.transform.publish;

import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DayPublicationTests
        extends SparkTestBase
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final List<String> TABLES = List.of("dim_fund_type", "dim_event_type");

    @BeforeEach
    void clean()
    {
        dropAll();
    }

    @Test
    void aDayIsPublishedInOneCatalogCommitAndBranchesGo()
    {
        // given a day written on its branches of two new tables, which have no main yet
        WarehouseTables tables = tables();
        DayPublication publication = writeDay(tables, DAY, "矛盾纠纷", "社区工作经费");
        String fundTypesBefore = pointers().location("dim", "dim_fund_type");
        assertThat(count("dim.dim_fund_type.refs where name = 'main'")).isZero();

        // when it is published
        publication.publish();

        // then both tables show the day, their pointers each moved by one metadata file, and the branches are gone
        assertThat(count("dim.dim_fund_type")).isEqualTo(1);
        assertThat(count("dim.dim_event_type")).isEqualTo(1);
        assertThat(version(pointers().location("dim", "dim_fund_type"))).isEqualTo(version(fundTypesBefore) + 1);
        assertThat(count("dim.dim_fund_type.refs where name = 'build_20261102'")).isZero();
    }

    @Test
    void whenAnotherWriterChangedOneTableNoTableIsPublished()
    {
        // given a published day, and the next one written on its branches
        WarehouseTables tables = tables();
        writeDay(tables, DAY, "矛盾纠纷", "社区工作经费").publish();
        DayPublication next = writeDay(tables, DAY.plusDays(1), "环境卫生", "社区工作经费", "党建工作补助");

        // when someone else writes the second table's main before the day is published
        next.abandon();
        writeEventType(tables, "物业服务");

        // then publishing fails naming that table, and the first table, though it is fine, keeps the previous day
        assertThatThrownBy(next::publish)
                .hasMessageContaining("table quanyu.dim.dim_event_type: main")
                .hasMessageContaining("nothing was published");
        assertThat(count("dim.dim_fund_type")).as("the first table was not moved alone").isEqualTo(1);
        assertThat(spark().sql("select event_type from dim.dim_event_type").first().getString(0)).isEqualTo("物业服务");
    }

    @Test
    void aRebuiltDayKeepsTheTotalsSparkPlansWith()
    {
        // given a day published
        WarehouseTables tables = tables();
        writeDay(tables, DAY, "矛盾纠纷", "社区工作经费").publish();

        // when the day is built again, now with two fund types, and published
        writeDay(tables, DAY, "矛盾纠纷", "社区工作经费", "党建工作补助").publish();

        // then main's snapshot still counts the table's rows, which Spark takes for its size
        assertThat(tables.icebergTable("dim_fund_type").currentSnapshot().summary().get("total-records")).isEqualTo("2");
    }

    @Test
    void pointersMoveTogetherOrNotAtAll()
    {
        // given two tables with two metadata files each
        WarehouseTables tables = tables();
        writeFundTypes(tables, "社区工作经费");
        writeFundTypes(tables, "党建工作补助");
        writeEventType(tables, "矛盾纠纷");
        CatalogPointers pointers = pointers();
        String fundTypes = pointers.location("dim", "dim_fund_type");
        String eventTypes = pointers.location("dim", "dim_event_type");

        // when the first may move back to its earlier file but the second's pointer is not where the mover expects it
        List<CatalogPointerMove> moves = List.of(
                new CatalogPointerMove("dim", "dim_fund_type", fundTypes, earlierFile(fundTypes)),
                new CatalogPointerMove("dim", "dim_event_type", eventTypes + ".stale", eventTypes));

        // then neither moves
        assertThatThrownBy(() -> pointers.moveTogether(moves)).hasMessageContaining("table dim.dim_event_type changed in catalog quanyu");
        assertThat(pointers.location("dim", "dim_fund_type")).isEqualTo(fundTypes);
        assertThat(spark().sql("select fund_type from dim.dim_fund_type").first().getString(0)).isEqualTo("党建工作补助");
    }

    /** Begins the day and writes both tables on its branches, not yet published. */
    private static DayPublication writeDay(WarehouseTables tables, LocalDate day, String eventType, String... fundTypes)
    {
        DayPublication publication = DayPublication.begin(spark(), tables, TABLES, day);
        writeFundTypes(tables, fundTypes);
        writeEventType(tables, eventType);
        return publication;
    }

    private static void writeFundTypes(WarehouseTables tables, String... fundTypes)
    {
        tables.overwrite("dim_fund_type", declaredRows("dim_fund_type", java.util.Arrays.stream(fundTypes)
                .map(fundType -> Map.of("fund_type", fundType, "has_standard", true, "sort_order", 1, "description", fundType))
                .toArray(Map[]::new)));
    }

    private static void writeEventType(WarehouseTables tables, String eventType)
    {
        tables.overwrite("dim_event_type", declaredRows("dim_event_type",
                Map.of("event_type", eventType, "event_category", "工单", "is_ticket", true, "description", eventType)));
    }

    private static long count(String relation)
    {
        return spark().sql("select count(*) from " + relation).first().getLong(0);
    }

    private static CatalogPointers pointers()
    {
        return new CatalogPointers(settings().catalogUri(), new Properties(), settings().catalogName());
    }

    private static int version(String metadataLocation)
    {
        String file = metadataLocation.substring(metadataLocation.lastIndexOf('/') + 1);
        return Integer.parseInt(file.substring(0, file.indexOf('-')));
    }

    private static String earlierFile(String metadataLocation)
    {
        return spark().sql("select file from quanyu.dim.dim_fund_type.metadata_log_entries order by timestamp").collectAsList().stream()
                .map(row -> row.getString(0))
                .filter(file -> !file.equals(metadataLocation))
                .reduce((first, second) -> second)
                .orElseThrow();
    }
}
