package io.quanyu.source;

import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SourceSystemsDeterminismTests
{
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    @Test
    void theSameSeedWritesTheSameFilesByteForByte()
            throws Exception
    {
        Map<String, String> first = digests(generate(41));
        Map<String, String> second = digests(generate(41));
        Map<String, String> other = digests(generate(42));

        assertThat(first).hasSizeGreaterThan(100);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        assertThat(first.keySet()).as("files written differently by the same seed")
                .filteredOn(file -> !first.get(file).equals(second.get(file))).isEmpty();
        assertThat(other.keySet()).isEqualTo(first.keySet());
        assertThat(first.keySet()).as("files the other seed wrote differently")
                .filteredOn(file -> !first.get(file).equals(other.get(file))).isNotEmpty();
    }

    private static Path generate(long seed)
            throws Exception
    {
        Path root = Files.createTempDirectory("quanyu-determinism");
        new SourceSystemsSimulator(new SimulationSettings("3302", Scale.SMALL, seed, AS_OF, 90, 0.01)).generate(new SourceSystemsLayout(root));
        return root;
    }

    /** Every generated file but the databases (whose pages carry write-time details; their rows are tested apart), by SHA-256. */
    private static Map<String, String> digests(Path root)
            throws Exception
    {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".mv.db")).toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                digests.put(root.relativize(file).toString(), HexFormat.of().formatHex(hash));
            }
        }
        return digests;
    }
}
