package io.quanyu.schema;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** Every declared warehouse table, read from the table files packaged under {@code quanyu/tables/}. */
public final class WarehouseCatalogue
{
    private static final String ROOT = "quanyu/tables/";
    private static final String LOAD_METADATA = "_load_metadata.yml";

    private final Map<String, TableDefinition> tables;

    private WarehouseCatalogue(List<TableDefinition> tables)
    {
        this.tables = tables.stream()
                .sorted(Comparator.comparing(TableDefinition::layer).thenComparing(TableDefinition::name))
                .collect(Collectors.toMap(TableDefinition::name, Function.identity(), (first, second) -> {
                    throw new IllegalStateException("table %s is declared twice".formatted(first.name()));
                }, java.util.LinkedHashMap::new));
    }

    public static WarehouseCatalogue load()
    {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        ClassLoader loader = WarehouseCatalogue.class.getClassLoader();
        JsonNode loadMetadata = readTree(mapper, loader, ROOT + "ods/" + LOAD_METADATA);
        List<TableDefinition> tables = ClasspathListing.list(loader, ROOT).stream()
                .filter(path -> path.endsWith(".yml") && !path.substring(path.lastIndexOf('/') + 1).startsWith("_"))
                .map(path -> read(mapper, loader, path, loadMetadata))
                .toList();
        return new WarehouseCatalogue(tables);
    }

    public TableDefinition table(String name)
    {
        TableDefinition table = tables.get(requireNonNull(name, "name is null"));
        if (table == null) {
            throw new IllegalArgumentException("no table %s is declared under warehouse-schema/tables".formatted(name));
        }
        return table;
    }

    public List<TableDefinition> tables()
    {
        return List.copyOf(tables.values());
    }

    /** Reads a table file; ODS tables get the load metadata columns declared once in {@code ods/_load_metadata.yml}. */
    private static TableDefinition read(ObjectMapper mapper, ClassLoader loader, String path, JsonNode loadMetadata)
    {
        JsonNode tree = readTree(mapper, loader, path);
        if (Layer.of(tree.path("layer").asText()) == Layer.ODS && tree.get("columns") instanceof ArrayNode columns) {
            loadMetadata.forEach(column -> columns.add(column.deepCopy()));
        }
        try {
            TableDefinition table = mapper.treeToValue(tree, TableDefinition.class);
            String expectedPath = ROOT + table.namespace() + "/" + table.name() + ".yml";
            if (!expectedPath.equals(path)) {
                throw new IllegalStateException("table %s of layer %s must be declared in %s, found in %s"
                        .formatted(table.name(), table.namespace(), expectedPath, path));
            }
            return table;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read table file " + path + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode readTree(ObjectMapper mapper, ClassLoader loader, String path)
    {
        try (InputStream input = requireNonNull(loader.getResourceAsStream(path), path)) {
            return mapper.readTree(input);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read table file " + path + ": " + e.getMessage(), e);
        }
    }
}
