package io.quanyu.extract.file;

import java.nio.file.Path;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * A file a source delivered: where it is, how the quarantine and ODS name it (relative to the source's folder), and
 * its own date (the day of a daily export, the last day of a monthly one), which dates in it may not lie after.
 */
public record SourceFile(Path path, String location, LocalDate fileDate)
{
    public SourceFile
    {
        requireNonNull(path, "path is null");
        requireNonNull(location, "location is null");
        requireNonNull(fileDate, "fileDate is null");
    }
}
