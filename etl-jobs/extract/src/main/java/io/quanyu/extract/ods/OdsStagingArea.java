package io.quanyu.extract.ods;

import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Iterator;
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

    /**
     * Stages rows as the chunk of a load whose first row has the ordinal {@code firstOrdinal}: written aside and moved
     * into place, so a chunk file is whole or absent, and a chunk staged again replaces itself.
     */
    public long stage(OdsLoad load, long firstOrdinal, StructType schema, Iterator<Object[]> rows)
    {
        Path target = chunkFile(load, firstOrdinal);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            long count = StagedChunkFile.write(partial, schema, rows);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot stage chunk " + target, e);
        }
    }

    /** The staged chunks of a load, in the order they were read. */
    public java.util.List<Path> chunkFiles(OdsLoad load)
    {
        Path folder = loadFolder(load);
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> chunks = Files.list(folder)) {
            return chunks.filter(chunk -> chunk.getFileName().toString().matches("chunk-\\d+\\.parquet")).sorted().toList();
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
