package io.quanyu.schema;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * Where the warehouse's tables and catalog are, as both engines must see them: Spark writes and Trino reads through
 * the same Iceberg JDBC catalog name and URL. The embedded default is a SQLite catalog file in {@code <home>/warehouse};
 * a PostgreSQL URL swaps it without moving the table files.
 */
public record WarehouseLocation(String catalogName, String catalogUri, Path warehouseDirectory)
{
    public static final String DEFAULT_CATALOG = "quanyu";

    public WarehouseLocation
    {
        requireNonNull(catalogName, "catalogName is null");
        requireNonNull(catalogUri, "catalogUri is null");
        warehouseDirectory = requireNonNull(warehouseDirectory, "warehouseDirectory is null").toAbsolutePath().normalize();
    }

    public static WarehouseLocation underHome(Path home)
    {
        Path warehouse = home.toAbsolutePath().normalize().resolve("warehouse");
        return new WarehouseLocation(DEFAULT_CATALOG, "jdbc:sqlite:" + warehouse.resolve("catalog.db"), warehouse);
    }

    /** The same location with another catalog URL when one is given (blank or null keeps this one). */
    public WarehouseLocation withCatalogUri(String uri)
    {
        return uri == null || uri.isBlank() ? this : new WarehouseLocation(catalogName, uri, warehouseDirectory);
    }
}
