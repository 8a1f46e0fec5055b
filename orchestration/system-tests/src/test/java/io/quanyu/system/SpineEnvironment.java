package io.quanyu.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanyu.schema.WarehouseLocation;
import io.quanyu.source.Scale;
import io.quanyu.source.SourceSystemsLayout;
import io.quanyu.source.SourceSystemsSimulator;
import io.quanyu.source.grid.GridPlatformApiServer;
import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import io.quanyu.trino.JavaRuntimeFinder;
import io.quanyu.trino.TrinoInstallation;
import io.quanyu.trino.TrinoServer;
import io.quanyu.trino.TrinoSettings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole spine, started once per test JVM: Ningbo's simulated sources, the pipeline run as a separate process for
 * the first day, a real Trino server, and the screen from its jar. Stopped when the JVM exits.
 */
final class SpineEnvironment
{
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 20);
    private static SpineEnvironment instance;

    private final Path home;
    private final SourceSystemsLayout sources;
    private final TrinoServer trino;
    private final int trinoPort;
    private final Process screen;
    private final int screenPort;
    private final HttpClient http = HttpClient.newHttpClient();
    private final java.util.concurrent.atomic.AtomicInteger pipelineRuns = new java.util.concurrent.atomic.AtomicInteger();

    private SpineEnvironment()
            throws Exception
    {
        home = Files.createTempDirectory("quanyu-system-test");
        sources = new SourceSystemsLayout(home.resolve("sources"));
        // a month of history: these tests are about the pipeline, not the simulator
        new SourceSystemsSimulator(new SimulationSettings("3302", Scale.CITY, 20261120, FIRST_DAY, 30, 0.005)).generate(sources);
        // the API district's platform runs beside the pipeline, as it does in the city; the pipeline finds its port file
        Path apiFolder = sources.root().resolve("grid-platform-api");
        try (var districts = Files.list(apiFolder)) {
            GridPlatformApiServer api = new GridPlatformApiServer(districts.filter(Files::isDirectory).findFirst().orElseThrow(), 0);
            Files.writeString(apiFolder.resolve("http.port"), Integer.toString(api.port()));
            Runtime.getRuntime().addShutdownHook(new Thread(api::close));
        }
        pipeline("run", "--date", FIRST_DAY.toString()).requireSuccess();

        TrinoInstallation installation = new TrinoInstallation(ProjectPaths.trinoInstallation())
                .ensureInstalled(ProjectPaths.downloads().resolve("trino-server-" + TrinoInstallation.VERSION + ".tar.gz"), ProjectPaths.sqliteDriver());
        WarehouseLocation warehouse = WarehouseLocation.underHome(home);
        trino = new TrinoServer(installation, new TrinoSettings(home.resolve("trino"), warehouse.catalogName(), warehouse.catalogUri(),
                warehouse.warehouseDirectory(), 0, "2G", JavaRuntimeFinder.find(TrinoServer.MINIMUM_JAVA)));
        trinoPort = trino.start(Duration.ofMinutes(3));
        Runtime.getRuntime().addShutdownHook(new Thread(trino::stop));

        Path portFile = home.resolve("screen.port");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                ProjectPaths.screenJar().toString(), "--quanyu.screen.port-file=" + portFile)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("screen.log").toFile());
        builder.environment().put("QUANYU_TRINO_URL", trino.jdbcUrl(trinoPort));
        builder.environment().put("QUANYU_SCREEN_PORT", "0");
        screen = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(screen::destroy));
        screenPort = awaitPort(portFile);
    }

    static synchronized SpineEnvironment get()
    {
        if (instance == null) {
            try {
                instance = new SpineEnvironment();
            }
            catch (Exception e) {
                throw new IllegalStateException("cannot start the spine: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    PipelineRun pipeline(String... arguments)
    {
        Path log = ProjectPaths.BUILD.resolve("system-test-logs")
                .resolve("pipeline-%02d-%s.log".formatted(pipelineRuns.incrementAndGet(), String.join("-", arguments).replace("--", "")));
        ProcessResult result = ProcessResult.run(ProjectPaths.pipelineCommand("io.quanyu.pipeline.QuanyuPipelineApplication", List.of(arguments)),
                Map.of("QUANYU_HOME", home.toString()), log, Duration.ofMinutes(20));
        return new PipelineRun(String.join(" ", arguments), result);
    }

    Connection source()
            throws SQLException
    {
        return sources.partyDatabase().connect();
    }

    Connection trino()
            throws SQLException
    {
        return DriverManager.getConnection(trino.jdbcUrl(trinoPort), "system-test", null);
    }

    String screenUrl()
    {
        return "http://127.0.0.1:%d/".formatted(screenPort);
    }

    /** A page of the screen's server, which must answer 200. */
    String screenPage(String path)
            throws IOException, InterruptedException
    {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(screenUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("%s answered %d: %s".formatted(path, response.statusCode(), response.body()));
        }
        return response.body();
    }

    JsonNode overview(LocalDate day)
            throws IOException, InterruptedException
    {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(screenUrl() + "api/organizations/overview?date=" + day)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("overview for %s answered %d: %s".formatted(day, response.statusCode(), response.body()));
        }
        return new ObjectMapper().readTree(response.body());
    }

    private int awaitPort(Path portFile)
            throws IOException, InterruptedException
    {
        for (int attempt = 0; attempt < 240; attempt++) {
            if (Files.exists(portFile) && !Files.readString(portFile).isBlank()) {
                return Integer.parseInt(Files.readString(portFile).strip());
            }
            if (!screen.isAlive()) {
                break;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the screen did not start: " + String.join("\n", tail(home.resolve("screen.log"))));
    }

    private static List<String> tail(Path log)
            throws IOException
    {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : new ArrayList<>();
        return lines.subList(Math.max(0, lines.size() - 30), lines.size());
    }

    record PipelineRun(String arguments, ProcessResult result)
    {
        PipelineRun requireSuccess()
        {
            if (result.exitCode() != 0) {
                throw new IllegalStateException("pipeline %s exited %d:\n%s".formatted(arguments, result.exitCode(), result.output()));
            }
            return this;
        }
    }
}
