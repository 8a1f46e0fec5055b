package io.quanyu.extract.ods;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * One record as a source gave it, before any check: its fields as text under the source's own names, where it is in
 * the source, the record as read (for the quarantine), and the date of the file or load it came in, which dates in it
 * may not lie after. A record the reader could not split into fields says why in {@code malformation}.
 */
public record SourceRecord(String location, Map<String, String> fields, String raw, LocalDate sourceDate, String malformation)
{
    public SourceRecord(String location, Map<String, String> fields, String raw, LocalDate sourceDate)
    {
        this(location, fields, raw, sourceDate, null);
    }

    public SourceRecord
    {
        requireNonNull(location, "location is null");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(fields, "fields is null")));
        requireNonNull(raw, "raw is null");
        requireNonNull(sourceDate, "sourceDate is null");
    }
}
