package io.quanyu.extract.ods;

import io.quanyu.extract.file.SourceFile;
import io.quanyu.extract.file.SourceFileParts;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The parts of a file load, listed once per run of the load: its parts start together, and each would otherwise list
 * the source's folders and read every file's size itself (a grid platform's 10,950 exports per table, four times).
 * A part restarted in a later run lists again and gets the same part, since the same files split the same way.
 */
final class FileLoadParts
{
    private final SourceFileLister lister;
    private final int parts;
    private Listing listing;

    FileLoadParts(SourceFileLister lister, int parts)
    {
        this.lister = requireNonNull(lister, "lister is null");
        this.parts = parts;
    }

    synchronized List<SourceFile> part(long jobExecutionId, LoadWindow window, int part)
    {
        if (listing == null || listing.jobExecutionId() != jobExecutionId || !listing.window().equals(window)) {
            listing = new Listing(jobExecutionId, window, SourceFileParts.split(lister.files(window), parts));
        }
        return listing.parts().get(part);
    }

    private record Listing(long jobExecutionId, LoadWindow window, List<List<SourceFile>> parts)
    {
        Listing
        {
            requireNonNull(window, "window is null");
            parts = List.copyOf(parts);
        }
    }
}
