package io.quanyu.schema;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The metric catalogue and its 红黄绿 rules, read from {@code quanyu/metrics/}, checked against the tables: each metric
 * reads a declared table with {@code stat_date} and {@code region_code}, each rule judges a declared metric.
 */
public record MetricCatalogue(List<MetricDefinition> metrics, List<WarningRule> rules)
        implements java.io.Serializable
{
    public static final List<String> REGION_LEVELS = List.of("community", "street", "district", "city");

    public MetricCatalogue
    {
        metrics = List.copyOf(metrics);
        rules = List.copyOf(rules);
    }

    public static MetricCatalogue load(WarehouseCatalogue tables)
    {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        MetricCatalogue catalogue = new MetricCatalogue(read(mapper, "metrics.yml", MetricFile.class).metrics(),
                read(mapper, "warnings.yml", RuleFile.class).rules());
        catalogue.check(tables);
        return catalogue;
    }

    public MetricDefinition metric(String name)
    {
        return metrics.stream().filter(metric -> metric.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric %s in warehouse-schema/metrics/metrics.yml".formatted(name)));
    }

    private void check(WarehouseCatalogue tables)
    {
        for (MetricDefinition metric : metrics) {
            TableDefinition table = tables.table(metric.table());
            if (table.column("stat_date").isEmpty() || table.column("region_code").isEmpty()) {
                throw new IllegalStateException("metric %s reads %s, which has no stat_date and region_code".formatted(metric.name(), table.name()));
            }
        }
        if (metrics.stream().map(MetricDefinition::name).distinct().count() != metrics.size()) {
            throw new IllegalStateException("a metric is defined twice in warehouse-schema/metrics/metrics.yml");
        }
        for (WarningRule rule : rules) {
            metric(rule.metric());
            rule.levels().stream().filter(level -> !REGION_LEVELS.contains(level)).findFirst().ifPresent(level -> {
                throw new IllegalStateException("the rule for %s names region level %s, not one of %s".formatted(rule.metric(), level, REGION_LEVELS));
            });
        }
    }

    private static <T> T read(ObjectMapper mapper, String file, Class<T> type)
    {
        String path = "quanyu/metrics/" + file;
        try (InputStream input = requireNonNull(MetricCatalogue.class.getClassLoader().getResourceAsStream(path), path)) {
            return mapper.readValue(input, type);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private record MetricFile(List<MetricDefinition> metrics) {}

    private record RuleFile(List<WarningRule> rules) {}
}
