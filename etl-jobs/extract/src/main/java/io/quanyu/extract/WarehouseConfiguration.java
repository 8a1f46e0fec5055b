package io.quanyu.extract;

import io.quanyu.extract.ods.OdsStagingArea;
import io.quanyu.extract.ods.ReferenceKeys;
import io.quanyu.extract.ods.WatermarkStore;
import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.schema.WarehouseLocation;
import io.quanyu.spark.WarehouseSessionFactory;
import io.quanyu.spark.WarehouseSettings;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.SparkSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** The warehouse the jobs write: one local SparkSession on the shared Iceberg catalog per process. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractProperties.class)
public class WarehouseConfiguration
{
    @Bean
    public WarehouseSettings warehouseSettings(
            ExtractProperties properties,
            @Value("${quanyu.warehouse.catalog-uri:}") String catalogUri,
            @Value("${quanyu.warehouse.directory:}") String directory)
    {
        WarehouseLocation location = WarehouseLocation.underHome(properties.home()).withCatalogUri(catalogUri);
        if (!directory.isBlank()) {
            location = new WarehouseLocation(location.catalogName(), location.catalogUri(), Path.of(directory));
        }
        return WarehouseSettings.of(location);
    }

    @Bean
    public OdsStagingArea odsStagingArea(ExtractProperties properties)
    {
        return new OdsStagingArea(properties.home().resolve("staging"));
    }

    @Bean(destroyMethod = "stop")
    public SparkSession sparkSession(WarehouseSettings settings)
    {
        return WarehouseSessionFactory.create(settings);
    }

    @Bean
    public WarehouseCatalogue warehouseCatalogue()
    {
        return WarehouseCatalogue.load();
    }

    @Bean
    public WatermarkStore watermarkStore(WarehouseTables tables)
    {
        return new WatermarkStore(tables);
    }

    @Bean
    public ReferenceKeys referenceKeys(WarehouseTables tables)
    {
        return new ReferenceKeys(tables);
    }

    @Bean
    public WarehouseTables warehouseTables(SparkSession spark, WarehouseCatalogue catalogue)
    {
        return new WarehouseTables(spark, catalogue);
    }
}
