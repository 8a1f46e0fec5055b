package io.quanyu.trino;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK new enough for the Trino server (which needs a newer one than the project builds with). Looks at an
 * explicit override first ({@code TRINO_JAVA_HOME}), then {@code JAVA_HOME}, the running JVM, and the JDKs installed
 * in the usual system folders, and takes the newest that qualifies.
 */
public final class JavaRuntimeFinder
{
    public static final String OVERRIDE = "TRINO_JAVA_HOME";
    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);
    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"),
            Path.of("/Library/Java/JavaVirtualMachines"));

    private JavaRuntimeFinder() {}

    public static Path find(int minimumVersion)
    {
        String override = System.getenv(OVERRIDE);
        if (override != null && !override.isBlank()) {
            Path home = Path.of(override);
            int version = version(home).orElseThrow(() -> new IllegalStateException(
                    "%s=%s is not a JDK (no release file)".formatted(OVERRIDE, override)));
            if (version < minimumVersion) {
                throw new IllegalStateException("%s=%s is Java %d; Trino needs %d or newer".formatted(OVERRIDE, override, version, minimumVersion));
            }
            return home;
        }
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        SYSTEM_FOLDERS.forEach(folder -> candidates.addAll(children(folder)));
        return candidates.stream()
                .filter(home -> version(home).orElse(0) >= minimumVersion)
                .max(Comparator.comparingInt(home -> version(home).orElse(0)))
                .orElseThrow(() -> new IllegalStateException(("no JDK %d or newer found for the Trino server (looked at JAVA_HOME, "
                        + "the running JVM and %s); install one or set %s").formatted(minimumVersion, minimumVersion, SYSTEM_FOLDERS, OVERRIDE)));
    }

    static Optional<Integer> version(Path home)
    {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin").resolve("java"))) {
            return Optional.empty();
        }
        try {
            Matcher matcher = VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<Path> children(Path folder)
    {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.flatMap(entry -> Stream.of(entry, entry.resolve("Contents").resolve("Home"))).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
