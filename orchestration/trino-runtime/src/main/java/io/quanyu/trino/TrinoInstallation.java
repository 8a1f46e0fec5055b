package io.quanyu.trino;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * A Trino server installed from its Maven Central tarball. The tarball links files across plugin folders, so all of
 * it is extracted with {@code tar} before the plugins Quanyu does not use are removed.
 */
public record TrinoInstallation(Path directory)
{
    public static final String VERSION = "470";
    static final Set<String> KEPT_PLUGINS = Set.of("iceberg", "hive", "delta-lake", "tpch", "memory");
    private static final String MARKER = ".quanyu-installed";

    public TrinoInstallation
    {
        directory = requireNonNull(directory, "directory is null").toAbsolutePath().normalize();
    }

    public boolean isInstalled()
    {
        return Files.exists(directory.resolve(MARKER));
    }

    public Path launcher()
    {
        return directory.resolve("bin").resolve("launcher");
    }

    public Path pluginDirectory()
    {
        return directory.resolve("plugin");
    }

    /** Installs from the downloaded tarball and SQLite JDBC driver unless already installed. */
    public TrinoInstallation ensureInstalled(Path tarball, Path sqliteDriver)
    {
        if (isInstalled()) {
            return this;
        }
        requireFile(tarball, "Trino server tarball");
        requireFile(sqliteDriver, "SQLite JDBC driver");
        try {
            Path parent = directory.getParent();
            Path unpacking = Files.createTempDirectory(parent == null ? Path.of(".") : createdFolder(parent), "trino-unpacking");
            run(List.of("tar", "xzf", tarball.toString(), "-C", unpacking.toString(), "--strip-components=1"));
            try (Stream<Path> plugins = Files.list(unpacking.resolve("plugin"))) {
                for (Path plugin : plugins.filter(plugin -> !KEPT_PLUGINS.contains(plugin.getFileName().toString())).toList()) {
                    deleteTree(plugin);
                }
            }
            Files.copy(sqliteDriver, unpacking.resolve("plugin").resolve("iceberg").resolve(sqliteDriver.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(unpacking.resolve(MARKER), "trino-server " + VERSION + " from " + tarball.getFileName() + "\n");
            deleteTree(directory);
            Files.move(unpacking, directory, StandardCopyOption.ATOMIC_MOVE);
            return this;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot install Trino into " + directory + ": " + e.getMessage(), e);
        }
    }

    private static Path createdFolder(Path folder)
            throws IOException
    {
        return Files.createDirectories(folder);
    }

    private static void requireFile(Path file, String what)
    {
        if (!Files.isRegularFile(requireNonNull(file, what + " is null"))) {
            throw new IllegalStateException("%s not found at %s: build orchestration/trino-runtime (mvn package) to download it".formatted(what, file));
        }
    }

    static void deleteTree(Path root)
            throws IOException
    {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void run(List<String> command)
            throws IOException
    {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException("%s failed with exit code %d: %s".formatted(String.join(" ", command), process.exitValue(), output.strip()));
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }
}
