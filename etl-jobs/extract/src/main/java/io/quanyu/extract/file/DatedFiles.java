package io.quanyu.extract.file;

import io.quanyu.extract.ods.LoadWindow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds a source's files by the date in their names, in date order, keeping those the load's window covers. */
public final class DatedFiles
{
    private DatedFiles() {}

    /** Daily files {@code <prefix>yyyyMMdd.csv} in {@code folder}, named {@code <locationPrefix><file name>}. */
    public static List<SourceFile> daily(Path folder, String prefix, String locationPrefix, LoadWindow window)
    {
        // by hand, not by a pattern and a formatter: a grid platform's folder holds thousands of files, listed by each part of a load
        List<SourceFile> files = new ArrayList<>();
        for (Path file : list(folder)) {
            String name = file.getFileName().toString();
            if (name.length() == prefix.length() + 12 && name.startsWith(prefix) && name.endsWith(".csv") && digits(name, prefix.length(), 8)) {
                int at = prefix.length();
                LocalDate day = LocalDate.of(number(name, at, 4), number(name, at + 4, 2), number(name, at + 6, 2));
                if (window.containsDay(day)) {
                    files.add(new SourceFile(file, locationPrefix + name, day));
                }
            }
        }
        return files;
    }

    private static boolean digits(String text, int from, int count)
    {
        for (int position = from; position < from + count; position++) {
            if (text.charAt(position) < '0' || text.charAt(position) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int count)
    {
        return Integer.parseInt(text, from, from + count, 10);
    }

    /**
     * Monthly files whose names end in a month written by {@code monthPattern} (group 1 the year, group 2 the month),
     * dated the month's last day; a month is taken when its first day lies in the window.
     */
    public static List<SourceFile> monthly(Path folder, Pattern monthPattern, String locationPrefix, LoadWindow window)
    {
        List<SourceFile> files = new ArrayList<>();
        for (Path file : list(folder)) {
            Matcher matcher = monthPattern.matcher(file.getFileName().toString());
            if (matcher.matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                if (window.containsDay(month.atDay(1))) {
                    files.add(new SourceFile(file, locationPrefix + file.getFileName(), month.atEndOfMonth()));
                }
            }
        }
        return files;
    }

    /** The sub-folders of a source folder (districts, streets), in name order. */
    public static List<Path> folders(Path folder)
    {
        return list(folder).stream().filter(Files::isDirectory).toList();
    }

    private static List<Path> list(Path folder)
    {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("missing source folder " + folder);
        }
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list source folder " + folder, e);
        }
    }
}
