package io.quanyu.spark;

import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Builds the local SparkSession every Quanyu Spark job runs in, with the shared Iceberg catalog registered. */
public final class WarehouseSessionFactory
{
    private WarehouseSessionFactory() {}

    public static final String TIME_ZONE = "Asia/Shanghai";

    public static SparkSession create(WarehouseSettings settings)
    {
        try {
            Files.createDirectories(settings.warehouseDirectory());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot create warehouse folder " + settings.warehouseDirectory(), e);
        }
        // source times are Beijing local times: java.sql conversions in this JVM must read them as the session does
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(TIME_ZONE));
        String catalog = "spark.sql.catalog." + settings.catalogName();
        return SparkSession.builder()
                .appName("quanyu")
                .master(System.getProperty("quanyu.spark.master", "local[2]"))
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", settings.shufflePartitions())
                .config("spark.sql.session.timeZone", TIME_ZONE)
                .config("spark.sql.extensions", "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions")
                .config(catalog, "org.apache.iceberg.spark.SparkCatalog")
                .config(catalog + ".type", "jdbc")
                .config(catalog + ".uri", settings.catalogUri())
                // V1 adds the view columns to the catalog table; Trino 470 reads the same layout
                .config(catalog + ".jdbc.schema-version", "V1")
                .config(catalog + ".warehouse", settings.warehouseUri())
                .config("spark.sql.defaultCatalog", settings.catalogName())
                // Spark's own session catalog holds nothing here, but would make its folder in the working directory
                .config("spark.sql.warehouse.dir", settings.warehouseDirectory().resolve("spark-session").toUri().toString())
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
                // a load's staged chunks are a few hundred local files: listing them here is quicker than a Spark job
                .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000")
                // required columns are declared not null; the data tests, not Spark's plan nullability, enforce them
                .config("spark.sql.iceberg.check-nullability", "false")
                .getOrCreate();
    }
}
