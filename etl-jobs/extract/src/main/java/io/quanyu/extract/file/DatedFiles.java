package io.quanyu.extract.file;

import io.quanyu.extract.ods.LoadWindow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
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
        Pattern name = Pattern.compile(Pattern.quote(prefix) + "(\\d{8})\\.csv");
        List<SourceFile> files = new ArrayList<>();
        for (Path file : list(folder)) {
            Matcher matcher = name.matcher(file.getFileName().toString());
            if (matcher.matches()) {
                LocalDate day = LocalDate.parse(matcher.group(1), DateTimeFormatter.BASIC_ISO_DATE);
                if (window.containsDay(day)) {
                    files.add(new SourceFile(file, locationPrefix + file.getFileName(), day));
                }
            }
        }
        return files;
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
