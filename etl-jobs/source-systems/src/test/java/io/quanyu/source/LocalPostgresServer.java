package io.quanyu.source;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * A real PostgreSQL server for the tests: a throwaway cluster in a temporary folder, on a free loopback port, from the
 * server binaries of Debian's {@code postgresql} package ({@code ./quanyu test} installs it), or from the folder in
 * {@code QUANYU_POSTGRES_BIN}. PostgreSQL refuses to run as root, so under root the cluster belongs to the
 * {@code postgres} user the package creates.
 */
public final class LocalPostgresServer
        implements AutoCloseable
{
    public static final String USER = "quanyu";

    private final Path binaries;
    private final Path folder;
    private final int port;
    private final boolean asPostgresUser;

    private LocalPostgresServer(Path binaries, Path folder, int port, boolean asPostgresUser)
    {
        this.binaries = requireNonNull(binaries, "binaries is null");
        this.folder = requireNonNull(folder, "folder is null");
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    public static LocalPostgresServer start()
            throws IOException, InterruptedException
    {
        Path binaries = binaries();
        Path folder = Files.createTempDirectory("quanyu-postgres", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        boolean root = "root".equals(System.getProperty("user.name"));
        LocalPostgresServer server = new LocalPostgresServer(binaries, folder, freePort(), root);
        Path data = folder.resolve("data");
        Files.createDirectory(data);
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", folder.toString()), folder);
        }
        server.runAsOwner(List.of(binaries.resolve("initdb").toString(), "--pgdata", data.toString(), "--username", USER, "--auth", "trust",
                "--encoding", "UTF8", "--locale", "C", "--no-sync"));
        server.runAsOwner(List.of(binaries.resolve("pg_ctl").toString(), "--pgdata", data.toString(), "--log", folder.resolve("server.log").toString(),
                "--wait", "--options", "-p %d -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off".formatted(server.port), "start"));
        return server;
    }

    /** Creates an empty database and returns how to reach it. */
    public SourceDatabase createDatabase(String name)
            throws SQLException
    {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8'");
        }
        return new SourceDatabase(url(name), USER, "");
    }

    public String url(String database)
    {
        return "jdbc:postgresql://127.0.0.1:%d/%s".formatted(port, database);
    }

    @Override
    public void close()
            throws IOException, InterruptedException
    {
        try {
            runAsOwner(List.of(binaries.resolve("pg_ctl").toString(), "--pgdata", folder.resolve("data").toString(), "--mode", "immediate", "stop"));
        }
        finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private void runAsOwner(List<String> command)
            throws IOException, InterruptedException
    {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, folder);
    }

    private static void run(List<String> command, Path folder)
            throws IOException, InterruptedException
    {
        Path output = Files.createTempFile("quanyu-postgres-command", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("%s did not finish in 2 minutes".formatted(command));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("%s exited with %d: %s".formatted(command, process.exitValue(), Files.readString(output)));
            }
        }
        finally {
            Files.delete(output);
        }
    }

    private static Path binaries()
            throws IOException
    {
        String configured = System.getenv("QUANYU_POSTGRES_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path installed = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(installed)) {
            try (Stream<Path> versions = Files.list(installed)) {
                Path newest = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                        .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                        .orElse(null);
                if (newest != null) {
                    return newest;
                }
            }
        }
        throw new IllegalStateException("no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin and QUANYU_POSTGRES_BIN is "
                + "not set: install Debian's postgresql package (./quanyu test does)");
    }

    private static int freePort()
            throws IOException
    {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
