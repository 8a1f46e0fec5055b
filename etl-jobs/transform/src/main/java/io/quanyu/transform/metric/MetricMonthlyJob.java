package io.quanyu.transform.metric;

import io.quanyu.schema.MetricCatalogue;
import io.quanyu.schema.MetricDefinition;
import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** Rebuilds {@code ads_region_metric_monthly}: every metric of the catalogue, every region and month up to the date. */
public final class MetricMonthlyJob
        implements TransformJob
{
    private final WarehouseTables tables;
    private final MetricCatalogue catalogue;

    public MetricMonthlyJob(WarehouseTables tables, MetricCatalogue catalogue)
    {
        this.tables = requireNonNull(tables, "tables is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        Dataset<Row> rollup = RegionRollup.of(tables.read("dim_region")).cache();
        try {
            Map<String, List<MetricDefinition>> byTable = catalogue.metrics().stream()
                    .collect(Collectors.groupingBy(MetricDefinition::table, TreeMap::new, Collectors.toList()));
            Dataset<Row> values = byTable.entrySet().stream()
                    .map(entry -> MetricMonthlyBuilder.build(tables.read(entry.getKey()), entry.getValue(), rollup, logicalDate))
                    .reduce(Dataset::union)
                    .orElseThrow();
            return tables.replaceAll(table(), values);
        }
        finally {
            rollup.unpersist();
        }
    }

    @Override
    public String table()
    {
        return "ads_region_metric_monthly";
    }
}
