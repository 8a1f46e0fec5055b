package io.quanyu.source.defect;

import static java.util.Objects.requireNonNull;

/**
 * One injected defect: where it is ({@code file:line}, or a key for database and API rows), what kind, which field,
 * and the key of the record it is in.
 */
public record Defect(String source, String location, DefectKind kind, String field, String key)
{
    public Defect
    {
        requireNonNull(source, "source is null");
        requireNonNull(location, "location is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(field, "field is null");
        requireNonNull(key, "key is null");
    }
}
