package io.quanyu.source.csv;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * How one system writes a CSV file: its encoding, the order of the fields, the header it gives each field, and how it
 * writes dates. Field names are the simulator's; headers are what the file says.
 */
public record CsvDialect(Charset charset, List<String> fields, Map<String, String> headers, DateTimeFormatter dateFormat, boolean byteOrderMark)
{
    public CsvDialect(Charset charset, List<String> fields, Map<String, String> headers, DateTimeFormatter dateFormat)
    {
        this(charset, fields, headers, dateFormat, false);
    }

    public CsvDialect
    {
        requireNonNull(charset, "charset is null");
        fields = List.copyOf(fields);
        headers = Map.copyOf(headers);
        requireNonNull(dateFormat, "dateFormat is null");
        for (String field : fields) {
            if (!headers.containsKey(field)) {
                throw new IllegalArgumentException("no header for field " + field);
            }
        }
    }

    public List<String> headerLine()
    {
        return fields.stream().map(headers::get).toList();
    }
}
