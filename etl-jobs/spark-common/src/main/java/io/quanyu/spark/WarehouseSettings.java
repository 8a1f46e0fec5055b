package io.quanyu.spark;

import io.quanyu.schema.WarehouseLocation;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * Where the warehouse lives: the Iceberg JDBC catalog (a SQLite file by default, PostgreSQL by URL) and the folder of
 * table files. Spark writes and Trino reads through the same catalog name and URL.
 */
public record WarehouseSettings(String catalogName, String catalogUri, Path warehouseDirectory, int shufflePartitions)
{
    public WarehouseSettings
    {
        requireNonNull(catalogName, "catalogName is null");
        requireNonNull(catalogUri, "catalogUri is null");
        warehouseDirectory = requireNonNull(warehouseDirectory, "warehouseDirectory is null").toAbsolutePath().normalize();
        if (shufflePartitions < 1) {
            throw new IllegalArgumentException("shufflePartitions must be positive, got " + shufflePartitions);
        }
    }

    public static WarehouseSettings of(WarehouseLocation location)
    {
        return new WarehouseSettings(location.catalogName(), location.catalogUri(), location.warehouseDirectory(), 4);
    }

    /** The embedded default: a SQLite catalog file beside the table files in {@code <home>/warehouse}. */
    public static WarehouseSettings underHome(Path home)
    {
        return of(WarehouseLocation.underHome(home));
    }

    public String warehouseUri()
    {
        return warehouseDirectory.toUri().toString();
    }
}
