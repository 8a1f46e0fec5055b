package io.quanyu.trino;

import io.quanyu.schema.TableDefinition;
import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.schema.WarehouseLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code install|start|stop|status|check [--home DIR] [--install-dir DIR] [--downloads DIR] [--port N] [--heap 4G] [--catalog-uri URL]}
 * for the Trino server serving the warehouse under {@code --home}. Exit code 0 on success; {@code status} exits 3
 * when the server is not running; {@code check} exits 1 when what Trino serves differs from the declared tables.
 */
public final class TrinoCommand
{
    private TrinoCommand() {}

    public static void main(String[] args)
            throws Exception
    {
        if (args.length == 0) {
            throw usage("no action given");
        }
        Map<String, String> options = options(args);
        Path home = Path.of(options.getOrDefault("home", ".quanyu"));
        TrinoInstallation installation = new TrinoInstallation(Path.of(options.getOrDefault("install-dir",
                home.resolve("trino-server-" + TrinoInstallation.VERSION).toString())));
        switch (args[0]) {
            case "install" -> install(installation, Path.of(options.getOrDefault("downloads", home.resolve("downloads").toString())));
            case "start" -> {
                TrinoServer server = server(installation, home, options);
                int port = server.start(Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "180"))));
                System.out.printf("Trino %s serving %s at http://127.0.0.1:%d (JDBC %s)%n", TrinoInstallation.VERSION,
                        WarehouseLocation.DEFAULT_CATALOG, port, server.jdbcUrl(port));
            }
            case "stop" -> {
                server(installation, home, options).stop();
                System.out.println("Trino stopped");
            }
            case "status" -> {
                Optional<Integer> port = server(installation, home, options).runningPort();
                System.out.println(port.map("Trino running at http://127.0.0.1:%d"::formatted).orElse("Trino not running"));
                System.exit(port.isPresent() ? 0 : 3);
            }
            case "check" -> check(server(installation, home, options), WarehouseLocation.underHome(home).catalogName());
            default -> throw usage("unknown action " + args[0]);
        }
    }

    static void check(TrinoServer server, String catalog)
            throws SQLException
    {
        int port = server.runningPort().orElseThrow(() -> new IllegalStateException("Trino is not running: start it first (./quanyu trino start)"));
        List<TableDefinition> tables = WarehouseCatalogue.load().tables();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(port), "quanyu-check", null)) {
            List<String> differences = new TrinoSchemaCheck(connection, catalog).differences(tables);
            differences.forEach(difference -> System.out.println("[check] " + difference));
            System.out.printf("[check] %d declared tables against Trino at port %d: %s%n", tables.size(), port,
                    differences.isEmpty() ? "every table and column as declared" : differences.size() == 1 ? "1 difference" : differences.size() + " differences");
            if (!differences.isEmpty()) {
                System.exit(1);
            }
        }
    }

    static void install(TrinoInstallation installation, Path downloads)
            throws Exception
    {
        if (installation.isInstalled()) {
            System.out.println("Trino " + TrinoInstallation.VERSION + " already installed in " + installation.directory());
            return;
        }
        long start = System.nanoTime();
        Path tarball = downloads.resolve("trino-server-" + TrinoInstallation.VERSION + ".tar.gz");
        Path driver;
        try (Stream<Path> files = Files.exists(downloads) ? Files.list(downloads) : Stream.empty()) {
            driver = files.filter(file -> file.getFileName().toString().matches("sqlite-jdbc-.*\\.jar")).findFirst()
                    .orElse(downloads.resolve("sqlite-jdbc.jar"));
        }
        installation.ensureInstalled(tarball, driver);
        System.out.printf("installed Trino %s into %s in %.1f s%n", TrinoInstallation.VERSION, installation.directory(),
                (System.nanoTime() - start) / 1e9);
    }

    private static TrinoServer server(TrinoInstallation installation, Path home, Map<String, String> options)
    {
        WarehouseLocation location = WarehouseLocation.underHome(home).withCatalogUri(options.get("catalog-uri"));
        TrinoSettings settings = new TrinoSettings(home.resolve("trino"), location.catalogName(), location.catalogUri(),
                location.warehouseDirectory(), Integer.parseInt(options.getOrDefault("port", "0")), options.getOrDefault("heap", "4G"),
                JavaRuntimeFinder.find(TrinoServer.MINIMUM_JAVA));
        return new TrinoServer(installation, settings);
    }

    private static Map<String, String> options(String[] args)
    {
        Map<String, String> options = new HashMap<>();
        for (int index = 1; index < args.length; index += 2) {
            if (!args[index].startsWith("--") || index + 1 >= args.length) {
                throw usage("expected --option value pairs, got " + args[index]);
            }
            options.put(args[index].substring(2), args[index + 1]);
        }
        return options;
    }

    private static IllegalArgumentException usage(String problem)
    {
        return new IllegalArgumentException(problem + "; usage: install|start|stop|status [--home DIR] [--install-dir DIR] "
                + "[--downloads DIR] [--port N] [--heap 4G] [--catalog-uri URL]");
    }
}
