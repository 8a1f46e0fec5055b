package io.quanyu.source.csv;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Writes a CSV file in a dialect, line by line, knowing each line's number. It can also write a line whose bytes are
 * not valid in the file's encoding, the way a broken upstream export does.
 */
public final class DefectiveCsvWriter
        implements AutoCloseable
{
    private final CsvDialect dialect;
    private final OutputStream output;
    private int line;

    public DefectiveCsvWriter(Path file, CsvDialect dialect)
    {
        this.dialect = requireNonNull(dialect, "dialect is null");
        try {
            Files.createDirectories(file.getParent());
            this.output = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
            if (dialect.byteOrderMark()) {
                output.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        writeLine(dialect.headerLine());
    }

    /** Writes a row of field values and returns its line number (the header is line 1). */
    public int write(Map<String, String> values)
    {
        writeLine(dialect.fields().stream().map(field -> values.getOrDefault(field, "")).toList());
        return line;
    }

    /**
     * Writes the row with the value of {@code brokenField} followed by bytes that cannot be decoded in the file's
     * encoding (a lone UTF-8 continuation sequence in UTF-8 files, an invalid lead-trail pair in GBK files).
     */
    public int writeWithBrokenBytes(Map<String, String> values, String brokenField)
    {
        String marker = "\u0000BROKEN\u0000";
        String text = dialect.fields().stream()
                .map(field -> quote(values.getOrDefault(field, "")) + (field.equals(brokenField) ? marker : ""))
                .collect(Collectors.joining(","));
        int split = text.indexOf(marker);
        byte[] invalid = dialect.charset().equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xC3, (byte) 0x28} : new byte[] {(byte) 0x81, (byte) 0x7F};
        write(text.substring(0, split).getBytes(dialect.charset()));
        write(invalid);
        write((text.substring(split + marker.length()) + "\n").getBytes(dialect.charset()));
        return ++line;
    }

    private void writeLine(List<String> cells)
    {
        write((cells.stream().map(DefectiveCsvWriter::quote).collect(Collectors.joining(",")) + "\n").getBytes(dialect.charset()));
        line++;
    }

    private void write(byte[] bytes)
    {
        try {
            output.write(bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String value)
    {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    @Override
    public void close()
    {
        try {
            output.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
