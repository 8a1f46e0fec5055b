package io.quanyu.pipeline;

import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.WarehouseSessionFactory;
import io.quanyu.spark.WarehouseSettings;
import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.DailyWarehouseBuild;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Times the warehouse build of a day on an extracted warehouse: the build, a re-run of the same day, and a bare Spark
 * Parquet write of the same final rows (read into memory first, so only the write is timed), with the peak memory.
 * {@code TransformBenchmark <home> <logical date> <results.json> <scale>}; the figures go to the JSON file.
 */
public final class TransformBenchmark
{
    private TransformBenchmark() {}

    public static void main(String[] arguments)
            throws IOException
    {
        Path home = Path.of(arguments[0]).toAbsolutePath();
        LocalDate day = LocalDate.parse(arguments[1]);
        SparkSession spark = WarehouseSessionFactory.create(WarehouseSettings.underHome(home));
        WarehouseTables tables = new WarehouseTables(spark, WarehouseCatalogue.load());
        DailyWarehouseBuild build = DailyWarehouseBuild.standard(spark, tables);
        List<String> log = new ArrayList<>();
        double full = time(() -> build.build(day, log::add));
        double rerun = time(() -> build.build(day, line -> {}));
        Map<String, Long> rows = new LinkedHashMap<>();
        double bare = 0;
        Path scratch = Files.createTempDirectory("quanyu-bare-write");
        for (String table : build.tables()) {
            Dataset<Row> finalRows = tables.read(table).cache();
            rows.put(table, finalRows.count());
            bare += time(() -> finalRows.write().mode(SaveMode.Overwrite).parquet(scratch.resolve(table).toString()));
            finalRows.unpersist();
        }
        long written = rows.values().stream().mapToLong(Long::longValue).sum();
        String json = """
                {
                  "benchmark": "warehouse build of one logical date (every table rebuilt, tested and published)",
                  "machine": {"cores": %d, "cpu": "%s", "max_heap_mb": %d, "java": "%s"},
                  "data": {"scale": "%s", "logical_date": "%s", "rows_written": %d, "tables": {%s}},
                  "build_seconds": %.1f,
                  "rerun_seconds": %.1f,
                  "incremental_day": "not timed apart: every table but dws_party_organization_daily is rebuilt whole from ODS, so the next day costs what rerun_seconds shows plus its one day of loads",
                  "rows_per_second": %.0f,
                  "bare_parquet_write_seconds": %.1f,
                  "etl_to_bare_write_speed": %.2f,
                  "goal": "etl_to_bare_write_speed >= 0.5",
                  "peak_rss_mb": %d,
                  "log": [%s]
                }
                """.formatted(Runtime.getRuntime().availableProcessors(), cpuModel(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
                arguments[3], day, written,
                rows.entrySet().stream().map(entry -> "\"%s\": %d".formatted(entry.getKey(), entry.getValue())).collect(Collectors.joining(", ")),
                full, rerun, written / full, bare, bare / full, peakResidentMegabytes(),
                log.stream().map(line -> "\"" + line.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").collect(Collectors.joining(",\n    ")));
        Path output = Path.of(arguments[2]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json);
        System.out.print(json);
        spark.stop();
    }

    private static double time(Runnable work)
    {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** The processor's model as Linux names it: a figure means little without the machine that measured it. */
    private static String cpuModel()
            throws IOException
    {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "unknown";
        }
        return Files.readAllLines(cpuinfo).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip().replace("\"", "'"))
                .findFirst()
                .orElse("unknown");
    }

    private static long peakResidentMegabytes()
            throws IOException
    {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) >> 10)
                .findFirst()
                .orElse(-1L);
    }
}
