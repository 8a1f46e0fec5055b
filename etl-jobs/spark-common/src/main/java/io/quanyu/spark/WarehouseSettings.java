package io.quanyu.spark;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * Where the warehouse lives: the Iceberg JDBC catalog (a SQLite file by default, PostgreSQL by URL) and the folder of
 * table files. Spark writes and Trino reads through the same catalog name and URL.
 */
public record WarehouseSettings(String catalogName, String catalogUri, Path warehouseDirectory, int shufflePartitions)
{
    public static final String DEFAULT_CATALOG = "quanyu";

    public WarehouseSettings
    {
        requireNonNull(catalogName, "catalogName is null");
        requireNonNull(catalogUri, "catalogUri is null");
        warehouseDirectory = requireNonNull(warehouseDirectory, "warehouseDirectory is null").toAbsolutePath().normalize();
        if (shufflePartitions < 1) {
            throw new IllegalArgumentException("shufflePartitions must be positive, got " + shufflePartitions);
        }
    }

    /** The embedded default: a SQLite catalog file beside the table files in {@code <home>/warehouse}. */
    public static WarehouseSettings underHome(Path home)
    {
        Path warehouse = home.toAbsolutePath().normalize().resolve("warehouse");
        return new WarehouseSettings(DEFAULT_CATALOG, "jdbc:sqlite:" + warehouse.resolve("catalog.db"), warehouse, 4);
    }

    public String warehouseUri()
    {
        return warehouseDirectory.toUri().toString();
    }
}
