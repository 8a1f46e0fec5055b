package io.quanyu.schema;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * A KPI as the metric catalogue ({@code warehouse-schema/metrics/metrics.yml}) defines it, once: an aggregate SQL
 * expression over a DWS table that has a {@code stat_date} and a {@code region_code}.
 */
public record MetricDefinition(String name, String label, String unit, Aggregation aggregation, String table, String formula, String description)
        implements java.io.Serializable
{
    public MetricDefinition
    {
        requireNonNull(name, "name is null");
        requireNonNull(label, "label is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(aggregation, "aggregation of metric " + name + " is null");
        requireNonNull(table, "table of metric " + name + " is null");
        requireNonNull(formula, "formula of metric " + name + " is null");
        requireNonNull(description, "description of metric " + name + " is null");
    }

    public enum Aggregation
    {
        /** added up over the days of a period, like events received */
        FLOW,
        /** the value on the period's last day with data, like organizations active */
        STOCK;

        @JsonCreator
        public static Aggregation of(String name)
        {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }
}
