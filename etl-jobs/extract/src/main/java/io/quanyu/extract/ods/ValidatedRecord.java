package io.quanyu.extract.ods;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** A source record after validation: its typed values by ODS column, and its problems (none if it may be loaded). */
public record ValidatedRecord(SourceRecord source, Map<String, Object> values, List<Rejection> rejections)
{
    public ValidatedRecord
    {
        requireNonNull(source, "source is null");
        requireNonNull(values, "values is null");
        rejections = List.copyOf(rejections);
    }

    public boolean accepted()
    {
        return rejections.isEmpty();
    }

    /** Every problem, as one readable line. */
    public String message()
    {
        return rejections.stream().map(Rejection::message).collect(Collectors.joining("; "));
    }
}
