package io.quanyu.trino;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * How to run the server: its state folder, the shared Iceberg catalog it serves (the same name and URL Spark writes
 * through), its port (0 picks a free one), heap and JDK.
 */
public record TrinoSettings(Path stateDirectory, String catalogName, String catalogUri, Path warehouseDirectory, int port, String heap, Path javaHome)
{
    public TrinoSettings
    {
        stateDirectory = requireNonNull(stateDirectory, "stateDirectory is null").toAbsolutePath().normalize();
        requireNonNull(catalogName, "catalogName is null");
        requireNonNull(catalogUri, "catalogUri is null");
        warehouseDirectory = requireNonNull(warehouseDirectory, "warehouseDirectory is null").toAbsolutePath().normalize();
        requireNonNull(heap, "heap is null");
        requireNonNull(javaHome, "javaHome is null");
    }
}
