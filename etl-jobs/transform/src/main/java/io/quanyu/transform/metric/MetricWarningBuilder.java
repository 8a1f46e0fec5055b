package io.quanyu.transform.metric;

import io.quanyu.schema.MetricCatalogue;
import io.quanyu.schema.WarningRule;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/** Judges the monthly metric values 红黄绿 by the rules, with the reason of each red and yellow in words. */
public final class MetricWarningBuilder
{
    private MetricWarningBuilder() {}

    /** @param monthly rows of {@code ads_region_metric_monthly} */
    public static Dataset<Row> build(Dataset<Row> monthly, MetricCatalogue catalogue)
    {
        return catalogue.rules().stream().map(rule -> judge(monthly, rule, catalogue.metric(rule.metric()).unit())).reduce(Dataset::union)
                .orElseThrow(() -> new IllegalArgumentException("no 红黄绿 rule to evaluate"));
    }

    private static Dataset<Row> judge(Dataset<Row> monthly, WarningRule rule, String unit)
    {
        Column value = col("metric_value");
        Column red = rule.higherIsWorse() ? value.gt(rule.red()) : value.lt(rule.red());
        Column yellow = rule.higherIsWorse() ? value.gt(rule.yellow()) : value.lt(rule.yellow());
        String side = rule.higherIsWorse() ? "高于" : "低于";
        Dataset<Row> judged = monthly.where(col("metric_name").equalTo(rule.metric()).and(col("region_level").isin(rule.levels().toArray()))
                .and(value.isNotNull()));
        return judged.select(
                col("stat_month"), col("region_code"), col("region_level"), col("metric_name"), col("metric_label"), value,
                when(red, lit("红")).when(yellow, lit("黄")).otherwise(lit("绿")).as("warning_color"),
                lit(rule.red()).as("red_threshold"),
                lit(rule.yellow()).as("yellow_threshold"),
                when(red, reason(rule, unit, "红色", side, rule.red())).when(yellow, reason(rule, unit, "黄色", side, rule.yellow())).as("reason"));
    }

    /** Such as "超期办结率 12.5%，高于红色阈值 10.0%（限时办结 — ...）" or "群众满意度 3.9分，低于红色阈值 4.0分（...）". */
    private static Column reason(WarningRule rule, String unit, String color, String side, double threshold)
    {
        boolean ratio = unit.equals("ratio");
        Column shown = ratio ? format_string("%.1f%%", col("metric_value").multiply(100)) : format_string("%.1f" + unit, col("metric_value"));
        String limit = ratio ? String.format(Locale.ROOT, "%.1f%%", threshold * 100) : String.format(Locale.ROOT, "%.1f%s", threshold, unit);
        return concat(col("metric_label"), lit(" "), shown, lit("，%s%s阈值 %s（%s）".formatted(side, color, limit, rule.basis())));
    }
}
