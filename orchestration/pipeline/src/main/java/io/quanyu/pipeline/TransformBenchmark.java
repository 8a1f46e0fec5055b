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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times the warehouse build of a day on an extracted warehouse: the build, a re-run of the same day, and a bare Spark
 * Parquet write of the same final rows (read into memory first, so only the write is timed), with the peak memory.
 * {@code TransformBenchmark build <home> <logical date> <results.json> <scale>} writes those figures;
 * {@code TransformBenchmark next-day <home> <next date> <results.json> <extract seconds> <rows read>} then builds the
 * next day, already extracted by the caller, and adds it to the same file as the incremental day.
 */
public final class TransformBenchmark
{
    private static final Pattern INCREMENTAL_DAY = Pattern.compile("(?m)^  \"incremental_day\": .*,$");

    private TransformBenchmark() {}

    public static void main(String[] arguments)
            throws IOException
    {
        Path home = Path.of(arguments[1]).toAbsolutePath();
        LocalDate day = LocalDate.parse(arguments[2]);
        Path output = Path.of(arguments[3]);
        SparkSession spark = WarehouseSessionFactory.create(WarehouseSettings.underHome(home));
        WarehouseTables tables = new WarehouseTables(spark, WarehouseCatalogue.load());
        DailyWarehouseBuild build = DailyWarehouseBuild.standard(spark, tables);
        switch (arguments[0]) {
            case "build" -> writeBuild(build, tables, day, output, arguments[4]);
            case "next-day" -> addNextDay(build, tables, day, output, Double.parseDouble(arguments[4]), Long.parseLong(arguments[5]));
            default -> throw new IllegalArgumentException("unknown benchmark %s, expected build or next-day".formatted(arguments[0]));
        }
        spark.stop();
    }

    private static void writeBuild(DailyWarehouseBuild build, WarehouseTables tables, LocalDate day, Path output, String scale)
            throws IOException
    {
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
                  "benchmark": "warehouse build of one logical date (every table rebuilt, tested and published), then of the next day",
                  "machine": {"cores": %d, "cpu": "%s", "max_heap_mb": %d, "java": "%s"},
                  "data": {"scale": "%s", "logical_date": "%s", "rows_written": %d, "tables": {%s}},
                  "build_seconds": %.1f,
                  "rerun_seconds": %.1f,
                  "incremental_day": "not measured: the bench's next-day step had not run",
                  "rows_per_second": %.0f,
                  "bare_parquet_write_seconds": %.1f,
                  "etl_to_bare_write_speed": %.2f,
                  "goal": "etl_to_bare_write_speed >= 0.5",
                  "peak_rss_mb": %d,
                  "log": [%s]
                }
                """.formatted(Runtime.getRuntime().availableProcessors(), cpuModel(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
                scale, day, written,
                rows.entrySet().stream().map(entry -> "\"%s\": %d".formatted(entry.getKey(), entry.getValue())).collect(Collectors.joining(", ")),
                full, rerun, written / full, bare, bare / full, peakResidentMegabytes(), jsonStrings(log, ",\n    "));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json);
        System.out.print(json);
    }

    /** Builds the day after the measured one, whose loads the caller has extracted, and records it beside the build. */
    private static void addNextDay(DailyWarehouseBuild build, WarehouseTables tables, LocalDate day, Path output, double extractSeconds, long rowsRead)
            throws IOException
    {
        List<String> log = new ArrayList<>();
        double seconds = time(() -> build.build(day, log::add));
        long written = build.tables().stream().mapToLong(table -> tables.read(table).count()).sum();
        String incremental = ("  \"incremental_day\": {\"logical_date\": \"%s\", \"extract_seconds\": %.1f, \"rows_read\": %d, \"build_seconds\": %.1f, "
                + "\"rows_written\": %d, \"total_seconds\": %.1f, \"peak_rss_mb\": %d,\n    \"log\": [%s]},")
                .formatted(day, extractSeconds, rowsRead, seconds, written, extractSeconds + seconds, peakResidentMegabytes(), jsonStrings(log, ",\n      "));
        String json = Files.readString(output);
        Matcher placeholder = INCREMENTAL_DAY.matcher(json);
        if (!placeholder.find()) {
            throw new IllegalStateException("no incremental_day line in %s: run the build benchmark first".formatted(output));
        }
        json = placeholder.replaceFirst(Matcher.quoteReplacement(incremental));
        Files.writeString(output, json);
        System.out.print(json);
    }

    private static String jsonStrings(List<String> lines, String separator)
    {
        return lines.stream().map(line -> "\"" + line.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").collect(Collectors.joining(separator));
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
