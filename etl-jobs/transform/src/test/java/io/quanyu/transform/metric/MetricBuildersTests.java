package io.quanyu.transform.metric;

import io.quanyu.schema.MetricCatalogue;
import io.quanyu.schema.MetricDefinition;
import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.assertj.core.api.Assertions.assertThat;

class MetricBuildersTests
        extends SparkTestBase
{
    private static final WarehouseCatalogue TABLES = WarehouseCatalogue.load();
    private static final MetricCatalogue METRICS = MetricCatalogue.load(TABLES);
    private static final LocalDate DAY = LocalDate.of(2026, 10, 31);
    private static final String CITY = "330200000000";
    private static final String DISTRICT = "330203000000";
    private static final String STREET = "330203001000";
    private static final String EAST = "330203001001";
    private static final String WEST = "330203001002";

    @Test
    void communitiesAddUpBeforeTheFormulaAndStocksTakeTheMonthsLastDay()
    {
        // given one community with 1 of 4 tickets overdue, another with 1 of 6, and organizations counted on two days
        Dataset<Row> events = rows("dws_service_event_daily",
                event(DAY.minusDays(3), EAST, 4, 1),
                event(DAY.minusDays(2), WEST, 6, 1));
        Dataset<Row> organizations = rows("dws_party_organization_daily",
                RowFactory.create(Date.valueOf(DAY.minusDays(1)), EAST, "党支部", 5L, new java.sql.Timestamp(0)),
                RowFactory.create(Date.valueOf(DAY), EAST, "党支部", 6L, new java.sql.Timestamp(0)));

        // when the month's metrics are evaluated
        Map<String, Double> values = monthly(events, organizations).collectAsList().stream()
                .filter(row -> row.getAs("metric_value") != null)
                .collect(Collectors.toMap(row -> row.getAs("metric_name") + "@" + row.getAs("region_level") + ":" + row.<String>getAs("region_code"),
                        row -> row.<Double>getAs("metric_value")));

        // then the street's rate is its overdue tickets over its tickets, not the mean of its communities' rates
        assertThat(values).containsEntry("overdue_rate@community:" + EAST, 0.25).containsEntry("overdue_rate@community:" + WEST, 1.0 / 6)
                .containsEntry("overdue_rate@street:" + STREET, 0.2).containsEntry("overdue_rate@district:" + DISTRICT, 0.2)
                .containsEntry("overdue_rate@city:" + CITY, 0.2);
        assertThat(values).containsEntry("events_resolved@city:" + CITY, 10.0);
        // and the organizations of the month are those of its last day, not the sum of its days
        assertThat(values).containsEntry("organizations_active@street:" + STREET, 6.0);
    }

    @Test
    void redAndYellowCarryTheirReason()
    {
        // given the same month's metrics
        Dataset<Row> monthly = monthly(rows("dws_service_event_daily", event(DAY.minusDays(3), EAST, 4, 1), event(DAY.minusDays(2), WEST, 6, 1)),
                rows("dws_party_organization_daily", RowFactory.create(Date.valueOf(DAY), EAST, "党支部", 6L, new java.sql.Timestamp(0))));

        // when they are judged 红黄绿
        Dataset<Row> warnings = MetricWarningBuilder.build(monthly, METRICS);
        Map<String, String> overdue = warnings.where("metric_name = 'overdue_rate'").collectAsList().stream()
                .collect(Collectors.toMap(row -> row.<String>getAs("region_code"), row -> row.getAs("warning_color") + " " + row.getAs("reason")));

        // then 25% is red (above 20%), 16.7% yellow (above 12%), and the street's 20%, at the red threshold, yellow
        assertThat(overdue.get(EAST)).isEqualTo("红 超期办结率 25.0%，高于红色阈值 20.0%（限时办结：工单应在办理时限内办结）");
        assertThat(overdue.get(WEST)).isEqualTo("黄 超期办结率 16.7%，高于黄色阈值 12.0%（限时办结：工单应在办理时限内办结）");
        assertThat(overdue.get(STREET)).isEqualTo("黄 超期办结率 20.0%，高于黄色阈值 12.0%（限时办结：工单应在办理时限内办结）");
        // and two hours per ticket is green with no reason, while satisfaction, with no evaluation to judge, has no row
        assertThat(warnings.where("metric_name = 'average_resolution_hours' and region_level = 'city'").collectAsList())
                .extracting(row -> row.getAs("warning_color") + " " + row.getAs("metric_value") + " " + row.getAs("reason")).containsExactly("绿 2.0 null");
        assertThat(warnings.where("metric_name = 'satisfaction_average'").isEmpty()).isTrue();
    }

    @Test
    void addingUpByCommunityFirstGivesWhatEachFormulaGivesOverTheRows()
    {
        // given three months of random daily counts for two communities and two kinds of event
        Random random = new Random(7);
        List<Row> days = new ArrayList<>();
        for (LocalDate day = DAY.minusDays(80); !day.isAfter(DAY); day = day.plusDays(1)) {
            for (String community : List.of(EAST, WEST)) {
                for (String type : List.of("12345市民诉求", "双报到")) {
                    if (random.nextInt(4) > 0) {
                        days.add(RowFactory.create(Date.valueOf(day), community, type, (long) random.nextInt(9), (long) random.nextInt(9),
                                (long) random.nextInt(5), (long) random.nextInt(2), BigDecimal.valueOf(random.nextInt(5000), 2), (long) random.nextInt(4),
                                (long) random.nextInt(20), (long) random.nextInt(30), BigDecimal.valueOf(random.nextInt(900), 1)));
                    }
                }
            }
        }
        Dataset<Row> events = spark().createDataFrame(days, WarehouseTables.schema(TABLES.table("dws_service_event_daily")));
        // and the catalogue's metrics of the table, with a stock and a formula that cannot be added up by community
        List<MetricDefinition> metrics = new ArrayList<>(METRICS.metrics().stream().filter(metric -> metric.table().equals("dws_service_event_daily")).toList());
        metrics.add(new MetricDefinition("reported_on_last_day", "末日受理", "件", MetricDefinition.Aggregation.STOCK, "dws_service_event_daily",
                "sum(events_reported)", "test"));
        metrics.add(new MetricDefinition("reported_mean", "日均受理", "件", MetricDefinition.Aggregation.FLOW, "dws_service_event_daily",
                "avg(events_reported)", "test"));

        // when the builder evaluates them
        Map<String, String> built = values(MetricMonthlyBuilder.build(events, metrics, rollup(), DAY));

        // then each value is the formula over the rows of the region and month, as a query over the rows computes it
        Dataset<Row> months = events.withColumn("stat_month", date_format(col("stat_date"), "yyyy-MM"));
        Dataset<Row> lastDays = months.join(months.groupBy(col("stat_month").as("month")).agg(max("stat_date").as("last_day")),
                col("stat_month").equalTo(col("month")).and(col("stat_date").equalTo(col("last_day"))));
        Map<String, String> direct = new HashMap<>();
        for (MetricDefinition metric : metrics) {
            Dataset<Row> rows = metric.aggregation() == MetricDefinition.Aggregation.FLOW ? months : lastDays;
            direct.putAll(values(rows.join(rollup(), col("region_code").equalTo(col(RegionRollup.MEMBER)))
                    .groupBy(col("stat_month"), col(RegionRollup.ROLLUP_CODE).as("region_code"), col(RegionRollup.ROLLUP_LEVEL).as("region_level"))
                    .agg(expr(metric.formula()).cast("double").as("metric_value"))
                    .withColumn("metric_name", lit(metric.name()))));
        }
        assertThat(built).hasSize(metrics.size() * 3 * 5).isEqualTo(direct);
    }

    private static Map<String, String> values(Dataset<Row> monthly)
    {
        return monthly.collectAsList().stream().collect(Collectors.toMap(
                row -> row.getAs("metric_name") + "@" + row.getAs("region_level") + ":" + row.getAs("region_code") + " " + row.getAs("stat_month"),
                row -> row.getAs("metric_value") == null ? "null" : "%.9f".formatted(row.<Double>getAs("metric_value"))));
    }

    private static Dataset<Row> rollup()
    {
        return RegionRollup.of(rows("dim_region",
                region(CITY, "city", null, null), region(DISTRICT, "district", null, null), region(STREET, "street", DISTRICT, null),
                region(EAST, "community", DISTRICT, STREET), region(WEST, "community", DISTRICT, STREET)));
    }

    private static Dataset<Row> monthly(Dataset<Row> events, Dataset<Row> organizations)
    {
        Dataset<Row> rollup = rollup();
        return MetricMonthlyBuilder.build(events, METRICS.metrics().stream().filter(metric -> metric.table().equals("dws_service_event_daily")).toList(), rollup, DAY)
                .union(MetricMonthlyBuilder.build(organizations, METRICS.metrics().stream()
                        .filter(metric -> metric.table().equals("dws_party_organization_daily")).toList(), rollup, DAY));
    }

    private static Row event(LocalDate day, String community, long tickets, long overdue)
    {
        return RowFactory.create(Date.valueOf(day), community, "12345市民诉求", tickets, tickets, tickets, overdue, new BigDecimal("10.00"), 0L, 0L, 0L,
                new BigDecimal("0.0"));
    }

    private static Row region(String code, String level, String district, String street)
    {
        return RowFactory.create(code, level, level, null, CITY, "宁波市", level.equals("district") ? code : district, null, level.equals("street") ? code : street,
                null, level.equals("community") ? code : null, null, Date.valueOf(DAY));
    }

    private static Dataset<Row> rows(String table, Row... rows)
    {
        return spark().createDataFrame(List.of(rows), WarehouseTables.schema(TABLES.table(table)));
    }
}
