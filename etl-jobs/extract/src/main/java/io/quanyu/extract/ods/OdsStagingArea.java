package io.quanyu.extract.ods;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/** The folder where a load's chunks wait, as Parquet files, until the load is published to its ODS table. */
public record OdsStagingArea(Path root)
{
    public OdsStagingArea
    {
        root = requireNonNull(root, "root is null").toAbsolutePath().normalize();
    }

    public Path loadFolder(OdsLoad load)
    {
        return root.resolve(load.loadId());
    }

    /** Named by the index of the chunk's first row, so a chunk written again after a restart replaces itself. */
    public Path chunkFile(OdsLoad load, long firstRowIndex)
    {
        return loadFolder(load).resolve("chunk-%016d.parquet".formatted(firstRowIndex));
    }

    /** The staged chunks of a load, in the order they were read: the chunk step's files, or the part files of a Spark stage. */
    public java.util.List<Path> chunkFiles(OdsLoad load)
    {
        Path folder = loadFolder(load);
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> chunks = Files.list(folder)) {
            return chunks.filter(chunk -> chunk.getFileName().toString().matches("(chunk-\\d+|part-\\d+-.+)\\.parquet")).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list staging folder " + folder, e);
        }
    }

    public void clear(OdsLoad load)
    {
        Path folder = loadFolder(load);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot clear staging folder " + folder, e);
        }
    }
}
