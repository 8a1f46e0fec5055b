package io.quanyu.transform.metric;

import io.quanyu.schema.MetricCatalogue;
import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** Rebuilds {@code ads_metric_warning}: the 红黄绿 rules applied to every region and month of the metrics. */
public final class MetricWarningJob
        implements TransformJob
{
    private final WarehouseTables tables;
    private final MetricCatalogue catalogue;

    public MetricWarningJob(WarehouseTables tables, MetricCatalogue catalogue)
    {
        this.tables = requireNonNull(tables, "tables is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        return tables.replaceAll(table(), MetricWarningBuilder.build(tables.read("ads_region_metric_monthly"), catalogue));
    }

    @Override
    public String table()
    {
        return "ads_metric_warning";
    }
}
