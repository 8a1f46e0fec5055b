package io.quanyu.transform.metric;

import io.quanyu.schema.MetricDefinition;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.trunc;

/**
 * Evaluates the catalogue's metrics of one DWS table for every month and region level: each row counts into its
 * region and every region above it, and the formula is applied to the added-up totals.
 */
public final class MetricMonthlyBuilder
{
    private MetricMonthlyBuilder() {}

    /**
     * @param source the DWS table the metrics read, with {@code stat_date} and {@code region_code}
     * @param rollup from {@link RegionRollup#of}
     */
    public static Dataset<Row> build(Dataset<Row> source, List<MetricDefinition> metrics, Dataset<Row> rollup, LocalDate through)
    {
        // the month as its first day until the totals: formatting it for every row of a DWS table was a sixteenth of this job
        Dataset<Row> days = source.where(col("stat_date").leq(lit(Date.valueOf(through)))).withColumn("stat_month", trunc(col("stat_date"), "month"));
        Dataset<Row> lastDays = days.groupBy(col("stat_month").as("_month")).agg(max("stat_date").as("_last_day"));
        Dataset<Row> lastDayOfMonth = days.join(lastDays, col("stat_month").equalTo(col("_month")).and(col("stat_date").equalTo(col("_last_day"))))
                .drop("_month", "_last_day");
        List<Dataset<Row>> values = new ArrayList<>();
        for (MetricDefinition.Aggregation aggregation : MetricDefinition.Aggregation.values()) {
            List<MetricDefinition> chosen = metrics.stream().filter(metric -> metric.aggregation() == aggregation).toList();
            if (!chosen.isEmpty()) {
                values.add(evaluate(aggregation == MetricDefinition.Aggregation.FLOW ? days : lastDayOfMonth, chosen, rollup, through));
            }
        }
        return values.stream().reduce(Dataset::union).orElseThrow(() -> new IllegalArgumentException("no metric to evaluate"));
    }

    /**
     * Additive formulas in steps, their aggregates per community first, combined per region, and the formula over the
     * combined parts, so a community's rows are not repeated for its street, district and city; others over the rows.
     */
    private static Dataset<Row> evaluate(Dataset<Row> days, List<MetricDefinition> metrics, Dataset<Row> rollup, LocalDate through)
    {
        Map<String, AdditiveFormula.Part> parts = new LinkedHashMap<>();
        Map<MetricDefinition, String> combined = new LinkedHashMap<>();
        List<MetricDefinition> others = new ArrayList<>();
        for (MetricDefinition metric : metrics) {
            AdditiveFormula.of(metric.formula(), parts).ifPresentOrElse(formula -> combined.put(metric, formula.combined()), () -> others.add(metric));
        }
        List<Dataset<Row>> values = new ArrayList<>();
        if (!combined.isEmpty()) {
            Column[] formulas = combined.entrySet().stream().map(entry -> value(entry.getKey(), entry.getValue())).toArray(Column[]::new);
            Dataset<Row> totals = combinedParts(days, parts, rollup).select(Stream.concat(Stream.of(group()), Stream.of(formulas)).toArray(Column[]::new));
            values.add(labelled(totals, List.copyOf(combined.keySet()), through));
        }
        if (!others.isEmpty()) {
            Column[] formulas = others.stream().map(metric -> value(metric, metric.formula())).toArray(Column[]::new);
            values.add(labelled(perRegion(days, rollup, formulas), others, through));
        }
        return values.stream().reduce(Dataset::union).orElseThrow();
    }

    /** Each part per community, then per region: combined back to the type it had, so a formula sees what it would over rows. */
    private static Dataset<Row> combinedParts(Dataset<Row> days, Map<String, AdditiveFormula.Part> parts, Dataset<Row> rollup)
    {
        Column[] perCommunity = parts.entrySet().stream().map(part -> expr(part.getKey()).as(part.getValue().name())).toArray(Column[]::new);
        Dataset<Row> communities = days.groupBy(col("stat_month"), col("region_code")).agg(perCommunity[0], Arrays.copyOfRange(perCommunity, 1, perCommunity.length));
        Column[] combinations = parts.values().stream()
                .map(part -> expr("%s(%s)".formatted(part.combination(), part.name())).cast(communities.schema().apply(part.name()).dataType()).as(part.name()))
                .toArray(Column[]::new);
        return perRegion(communities, rollup, combinations);
    }

    /** The aggregates over the rows of each region and month, every row counting into its region and those above it. */
    private static Dataset<Row> perRegion(Dataset<Row> rows, Dataset<Row> rollup, Column[] aggregates)
    {
        return rows.join(rollup, col("region_code").equalTo(col(RegionRollup.MEMBER)))
                .groupBy(group())
                .agg(aggregates[0], Arrays.copyOfRange(aggregates, 1, aggregates.length));
    }

    private static Column value(MetricDefinition metric, String formula)
    {
        return expr(formula).cast("double").as(metric.name());
    }

    private static Column[] group()
    {
        return new Column[] {col("stat_month"), col(RegionRollup.ROLLUP_CODE), col(RegionRollup.ROLLUP_LEVEL)};
    }

    private static Dataset<Row> labelled(Dataset<Row> totals, List<MetricDefinition> metrics, LocalDate through)
    {
        // one pass over the totals: each metric column becomes a row, labelled from the catalogue
        Column labels = map(metrics.stream().flatMap(metric -> Stream.of(lit(metric.name()), lit(metric.label()))).toArray(Column[]::new));
        Column units = map(metrics.stream().flatMap(metric -> Stream.of(lit(metric.name()), lit(metric.unit()))).toArray(Column[]::new));
        return totals.withColumn("stat_month", date_format(col("stat_month"), "yyyy-MM"))
                .unpivot(group(),
                        metrics.stream().map(metric -> col(metric.name())).toArray(Column[]::new), "metric_name", "metric_value")
                .select(col("stat_month"), col(RegionRollup.ROLLUP_CODE).as("region_code"), col(RegionRollup.ROLLUP_LEVEL).as("region_level"),
                        col("metric_name"), element_at(labels, col("metric_name")).as("metric_label"), element_at(units, col("metric_name")).as("unit"),
                        col("metric_value"), lit(Date.valueOf(through)).as("computed_through"));
    }
}
