package io.quanyu.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricCatalogueTests
{
    @Test
    void everyMetricReadsADeclaredTableAndEveryRuleJudgesADeclaredMetric()
    {
        MetricCatalogue catalogue = MetricCatalogue.load(WarehouseCatalogue.load());

        assertThat(catalogue.metrics()).extracting(MetricDefinition::name)
                .contains("organizations_active", "events_received", "overdue_rate", "satisfaction_average", "dual_report_member_times", "volunteer_hours");
        assertThat(catalogue.metric("overdue_rate").label()).isEqualTo("超期办结率");
        assertThat(catalogue.rules()).extracting(WarningRule::metric).contains("overdue_rate", "satisfaction_average");
    }

    @Test
    void theMetricTableNamesAmongItsSourcesEveryTableAMetricReads()
    {
        WarehouseCatalogue tables = WarehouseCatalogue.load();
        MetricCatalogue catalogue = MetricCatalogue.load(tables);

        // a day's build starts the metric table once its declared sources are built: a missing one would race it
        assertThat(tables.table("ads_region_metric_monthly").sources())
                .containsAll(catalogue.metrics().stream().map(MetricDefinition::table).distinct().toList())
                .contains("dim_region");
    }

    @Test
    void aRuleWhoseRedIsMilderThanItsYellowIsRefused()
    {
        assertThatThrownBy(() -> new WarningRule("overdue_rate", java.util.List.of("city"), "above", 0.05, 0.10, "限时办结"))
                .hasMessage("the rule for overdue_rate has its red threshold 0.05 on the better side of its yellow one 0.1");
        assertThatThrownBy(() -> new WarningRule("satisfaction_average", java.util.List.of("city"), "sideways", 4.0, 4.3, "评价"))
                .hasMessage("the rule for satisfaction_average has direction sideways, not above or below");
    }
}
