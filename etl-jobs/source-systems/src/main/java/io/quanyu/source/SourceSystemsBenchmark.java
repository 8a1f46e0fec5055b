package io.quanyu.source;

import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code <results file> [scale] [runs]}: generates the demo city at a scale into a temporary folder, three times unless
 * told otherwise, and writes the machine, the data size and the figures (wall time per run, files, bytes, peak resident
 * memory) as JSON.
 */
public final class SourceSystemsBenchmark
{
    private SourceSystemsBenchmark() {}

    public static void main(String[] args)
            throws Exception
    {
        Path results = Path.of(args.length > 0 ? args[0] : "generate-benchmark.json");
        Scale scale = Scale.of(args.length > 1 ? args[1] : "city");
        int runCount = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        SimulationSettings settings = new SimulationSettings("3302", scale, 20261122, LocalDate.of(2026, 11, 21));
        StringBuilder runs = new StringBuilder();
        SourceSystemsSimulator.Summary summary = null;
        long files = 0;
        long bytes = 0;
        for (int run = 1; run <= runCount; run++) {
            Path folder = Files.createTempDirectory("quanyu-bench-generate");
            long start = System.nanoTime();
            summary = new SourceSystemsSimulator(settings).generate(new SourceSystemsLayout(folder));
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Stream<Path> walk = Files.walk(folder)) {
                List<Path> all = walk.filter(Files::isRegularFile).toList();
                files = all.size();
                bytes = all.stream().mapToLong(SourceSystemsBenchmark::size).sum();
            }
            SourceSystemsSimulator.deleteTree(folder);
            runs.append(run == 1 ? "" : ", ").append("%.2f".formatted(seconds));
            System.out.printf("run %d: %.2f s%n", run, seconds);
        }
        String json = """
                {
                  "benchmark": "source-systems generate",
                  "recorded_at": "%s",
                  "machine": {"cores": %d, "max_heap_mb": %d, "os": "%s", "java": "%s", "cpu": "%s"},
                  "data": {"city": "3302", "scale": "%s", "history": "%s to %s", "divisions": %d, "party_organizations": %d,
                           "active_grids": %d, "grid_workers_on_duty": %d, "service_events": %d, "staff_employed": %d, "party_members": %d, "fund_ledgers": %d, "defects": %d, "files": %d, "bytes": %d},
                  "figures": {"wall_seconds_per_run": [%s], "peak_resident_mb": %d, "city_goal_seconds": 120}
                }
                """.formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1 << 20),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("java.version"), cpu(),
                scale.label(), settings.historyStart(), settings.asOf(), summary.divisions(), summary.partyOrganizations(),
                summary.activeGrids(), summary.gridWorkersOnDuty(), summary.serviceEvents(), summary.staffEmployed(), summary.partyMembers(), summary.fundLedgers(), summary.defects(), files, bytes, runs, peakResidentMegabytes());
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, json, StandardCharsets.UTF_8);
        System.out.println("results in " + results.toAbsolutePath());
    }

    private static String cpu()
    {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .orElse("unknown").replace("\"", "'");
        }
        catch (IOException e) {
            return "unknown";
        }
    }

    /** VmHWM of this process on Linux; the heap in use elsewhere. */
    private static long peakResidentMegabytes()
    {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(line -> line.startsWith("VmHWM:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElseThrow();
        }
        catch (Exception e) {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1 << 20);
        }
    }

    private static long size(Path file)
    {
        try {
            return Files.size(file);
        }
        catch (IOException e) {
            return 0;
        }
    }
}
