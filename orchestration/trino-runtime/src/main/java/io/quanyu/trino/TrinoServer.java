package io.quanyu.trino;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A Trino coordinator running as its own process through Trino's launcher, with its configuration and data in a
 * state folder. Starting an already running server is a no-op; its port is kept in {@code <state>/http.port}.
 */
public final class TrinoServer
{
    public static final int MINIMUM_JAVA = 23;

    private final TrinoInstallation installation;
    private final TrinoSettings settings;

    public TrinoServer(TrinoInstallation installation, TrinoSettings settings)
    {
        this.installation = requireNonNull(installation, "installation is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    /** Starts the server unless it runs already, waits until it accepts queries, and returns its HTTP port. */
    public int start(Duration timeout)
    {
        if (!installation.isInstalled()) {
            throw new IllegalStateException("Trino is not installed in %s: run ./quanyu trino install".formatted(installation.directory()));
        }
        Optional<Integer> running = runningPort();
        if (running.isPresent()) {
            return running.get();
        }
        int port = settings.port() == 0 ? freePort() : settings.port();
        TrinoConfiguration.write(etcDirectory(), Map.of(
                "data_directory", dataDirectory().toString(),
                "heap", settings.heap(),
                "http_port", Integer.toString(port),
                "plugin_directory", installation.pluginDirectory().toString(),
                "catalog_driver", TrinoConfiguration.catalogDriver(settings.catalogUri()),
                "catalog_uri", settings.catalogUri(),
                "catalog_name", settings.catalogName(),
                "warehouse_uri", settings.warehouseDirectory().toUri().toString()));
        try {
            Files.createDirectories(settings.warehouseDirectory());
            Files.writeString(portFile(), Integer.toString(port));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        launcher("start");
        awaitReady(port, timeout);
        return port;
    }

    public void stop()
    {
        if (installation.isInstalled() && Files.exists(etcDirectory())) {
            launcher("stop");
        }
    }

    /** The port of the server if it is running. */
    public Optional<Integer> runningPort()
    {
        if (!installation.isInstalled() || !Files.exists(portFile()) || launcherExitCode("status") != 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(Files.readString(portFile()).strip()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl(int port)
    {
        return "jdbc:trino://127.0.0.1:%d/%s".formatted(port, settings.catalogName());
    }

    public Path serverLog()
    {
        return dataDirectory().resolve("var").resolve("log").resolve("server.log");
    }

    private void awaitReady(int port, Duration timeout)
    {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:%d/v1/info".formatted(port))).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"starting\":false")) {
                    return;
                }
            }
            catch (IOException e) {
                if (launcherExitCode("status") != 0) {
                    throw new IllegalStateException("Trino exited during start-up; see " + serverLog() + ":\n" + logTail());
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Trino", e);
            }
            sleep();
        }
        throw new IllegalStateException("Trino did not start within %s; see %s:\n%s".formatted(timeout, serverLog(), logTail()));
    }

    private String logTail()
    {
        try {
            List<String> lines = Files.exists(serverLog()) ? Files.readAllLines(serverLog(), StandardCharsets.UTF_8) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        }
        catch (IOException e) {
            return "(cannot read the log: " + e.getMessage() + ")";
        }
    }

    private void launcher(String action)
    {
        int exitCode = launcherExitCode(action);
        if (exitCode != 0) {
            throw new IllegalStateException("Trino launcher %s failed with exit code %d; see %s".formatted(action, exitCode, launcherLog()));
        }
    }

    private int launcherExitCode(String action)
    {
        List<String> command = new ArrayList<>(List.of(installation.launcher().toString(), action,
                "--etc-dir=" + etcDirectory(), "--data-dir=" + dataDirectory()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", settings.javaHome().toString());
        try {
            Files.createDirectories(dataDirectory());
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(launcherLog().toFile()));
            return builder.start().waitFor();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot run " + installation.launcher(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the Trino launcher", e);
        }
    }

    private Path etcDirectory()
    {
        return settings.stateDirectory().resolve("etc");
    }

    private Path dataDirectory()
    {
        return settings.stateDirectory().resolve("data");
    }

    private Path portFile()
    {
        return settings.stateDirectory().resolve("http.port");
    }

    private Path launcherLog()
    {
        return dataDirectory().resolve("launcher-commands.log");
    }

    private static int freePort()
    {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port", e);
        }
    }

    private static void sleep()
    {
        try {
            Thread.sleep(250);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Trino", e);
        }
    }
}
