package io.quanyu.spark;

import io.quanyu.schema.WarehouseCatalogue;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One local SparkSession per test JVM, on a warehouse in a fresh temporary folder. Tests isolate themselves by
 * dropping or overwriting the tables they use, not by new sessions (a session costs seconds).
 */
public abstract class SparkTestBase
{
    private static SparkSession spark;
    private static WarehouseSettings settings;

    protected static synchronized SparkSession spark()
    {
        if (spark == null) {
            try {
                Path home = Files.createTempDirectory("quanyu-spark-test");
                settings = WarehouseSettings.underHome(home);
                spark = WarehouseSessionFactory.create(settings);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return spark;
    }

    protected static WarehouseSettings settings()
    {
        spark();
        return settings;
    }

    protected static WarehouseTables tables()
    {
        return new WarehouseTables(spark(), WarehouseCatalogue.load());
    }

    /** Rows of a declared table given by column name, in any order; a column left out is null. */
    @SafeVarargs
    protected static Dataset<Row> declaredRows(String table, Map<String, ?>... rows)
    {
        StructType schema = WarehouseTables.schema(WarehouseCatalogue.load().table(table));
        List<Row> typed = Arrays.stream(rows)
                .map(row -> {
                    for (String column : row.keySet()) {
                        schema.fieldIndex(column);
                    }
                    return RowFactory.create(Arrays.stream(schema.fieldNames()).map(row::get).toArray());
                })
                .toList();
        return spark().createDataFrame(typed, schema);
    }

    protected static void dropAll()
    {
        for (var table : WarehouseCatalogue.load().tables()) {
            spark().sql("drop table if exists " + table.qualifiedName() + " purge");
        }
    }
}
