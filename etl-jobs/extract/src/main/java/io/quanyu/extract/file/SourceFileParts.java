package io.quanyu.extract.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a load's files, in read order, into contiguous parts of about equal bytes, read in parallel. Contiguous, so
 * that part order is read order and the later copy of a duplicate is still the one read later. The same files give
 * the same parts, so a part restarted after a kill reads what its killed run read.
 */
public final class SourceFileParts
{
    private SourceFileParts() {}

    /** The parts, in order, each file's size read once. */
    public static List<List<SourceFile>> split(List<SourceFile> files, int parts)
    {
        if (parts < 1) {
            throw new IllegalArgumentException("cannot split files into %d parts".formatted(parts));
        }
        long[] sizes = files.stream().mapToLong(SourceFileParts::size).toArray();
        long total = java.util.Arrays.stream(sizes).sum();
        List<List<SourceFile>> taken = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            taken.add(new ArrayList<>());
        }
        long before = 0;
        for (int index = 0; index < files.size(); index++) {
            // a file belongs to the part its middle byte falls in
            long middle = before + sizes[index] / 2;
            int owner = total == 0 ? (int) ((long) index * parts / files.size()) : (int) Math.min(parts - 1, middle * parts / total);
            taken.get(owner).add(files.get(index));
            before += sizes[index];
        }
        return taken.stream().map(List::copyOf).toList();
    }

    private static long size(SourceFile file)
    {
        try {
            return Files.size(file.path());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of source file " + file.path(), e);
        }
    }
}
