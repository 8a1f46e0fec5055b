package io.quanyu.source.grid;

import java.time.LocalDateTime;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** A record as the grid platform's API returns it: its key, when it last changed, and its fields (camelCase). */
public record GridApiRecord(String key, LocalDateTime updatedAt, Map<String, Object> fields)
{
    public GridApiRecord
    {
        requireNonNull(key, "key is null");
        requireNonNull(updatedAt, "updatedAt is null");
        // ordered, and a field may be null (a grid not split from another)
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(requireNonNull(fields, "fields is null")));
    }
}
