package io.quanyu.transform.metric;

import io.quanyu.schema.MetricCatalogue;
import io.quanyu.schema.MetricDefinition;
import io.quanyu.schema.WarehouseCatalogue;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AdditiveFormulaTests
{
    @Test
    void aRatioOfSumsBecomesARatioOfSummedPartsSharedAcrossFormulas()
    {
        // given two formulas of one table that both divide by the resolved tickets
        Map<String, AdditiveFormula.Part> parts = new LinkedHashMap<>();

        // when each is split
        String overdue = AdditiveFormula.of("sum(tickets_resolved_overdue) / nullif(sum(tickets_resolved), 0)", parts).orElseThrow().combined();
        String hours = AdditiveFormula.of("sum(resolution_hours_total) / nullif(SUM( tickets_resolved ), 0)", parts).orElseThrow().combined();

        // then each aggregate over rows is a part, the shared one named once, and the formulas add the parts up
        assertThat(parts).containsExactly(Map.entry("sum(tickets_resolved_overdue)", new AdditiveFormula.Part("_part_0", "sum")),
                Map.entry("sum(tickets_resolved)", new AdditiveFormula.Part("_part_1", "sum")),
                Map.entry("sum(resolution_hours_total)", new AdditiveFormula.Part("_part_2", "sum")));
        assertThat(overdue).isEqualTo("_part_0 / nullif(_part_1, 0)");
        assertThat(hours).isEqualTo("_part_2 / nullif(_part_1, 0)");
    }

    @Test
    void countsAreAddedUpAndTextInQuotesIsLeftAlone()
    {
        Map<String, AdditiveFormula.Part> parts = new LinkedHashMap<>();

        String perMember = AdditiveFormula.of("sum(total_points) / nullif(count(*), 0)", parts).orElseThrow().combined();
        String quoted = AdditiveFormula.of("max(case when event_type = 'avg(x)'' or y' then participants_total else 0 end)", parts).orElseThrow().combined();

        // then counts are summed per region, maximums taken again
        assertThat(perMember).isEqualTo("_part_0 / nullif(_part_1, 0)");
        assertThat(parts).containsEntry("count(*)", new AdditiveFormula.Part("_part_1", "sum"))
                .containsEntry("max(case when event_type = 'avg(x)'' or y' then participants_total else 0 end)", new AdditiveFormula.Part("_part_2", "max"));
        assertThat(quoted).isEqualTo("_part_2");
    }

    @Test
    void formulasThatCannotBeAddedUpByCommunityAreLeftWhole()
    {
        Map<String, AdditiveFormula.Part> parts = new LinkedHashMap<>();

        assertThat(AdditiveFormula.of("avg(satisfaction_total)", parts)).isEmpty();
        assertThat(AdditiveFormula.of("count(distinct region_code)", parts)).isEmpty();
        assertThat(AdditiveFormula.of("sum(events_reported) + events_resolved", parts)).isEmpty();
        assertThat(AdditiveFormula.of("percentile(events_reported, 0.5)", parts)).isEmpty();
        assertThat(AdditiveFormula.of("sum(events_reported * avg(events_resolved))", parts)).isEmpty();
        assertThat(parts).as("a formula left whole adds no part").isEmpty();
    }

    @Test
    void everyMetricOfTheCatalogueIsAdditive()
    {
        // the ADS build relies on this for its speed, not its correctness: a formula that is not additive is evaluated whole
        for (MetricDefinition metric : MetricCatalogue.load(WarehouseCatalogue.load()).metrics()) {
            assertThat(AdditiveFormula.of(metric.formula(), new LinkedHashMap<String, AdditiveFormula.Part>())).as(metric.name() + ": " + metric.formula()).isPresent();
        }
    }
}
