package io.quanyu.extract.file;

import io.quanyu.extract.ods.SourceRecord;
import io.quanyu.schema.ColumnDefinition;
import io.quanyu.schema.TableDefinition;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Reads CSV files line by line as bytes and decodes each line on its own, in the file's encoding: a line with bytes
 * that are not valid there keeps a replacement character where they were, for validation to reject, while the lines
 * around it are read as usual. Each file is opened once, its encoding told by the header line read. Headers are the
 * source's own; a header the table does not know, or a column the table needs that no header names, stops the load.
 * Restarts skip the lines already committed.
 */
public class CsvSourceReader
        extends AbstractItemCountingItemStreamItemReader<SourceRecord>
{
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private final List<SourceFile> files;
    private final SourceEncoding encoding;
    private final TableDefinition table;
    private final Set<String> knownNames = new HashSet<>();
    private List<String> checkedHeader;
    private int fileIndex = -1;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private InputStream input;
    private Charset charset;
    private List<String> header;
    private long lineNumber;

    public CsvSourceReader(String name, List<SourceFile> files, SourceEncoding encoding, TableDefinition table)
    {
        setName(requireNonNull(name, "name is null"));
        this.files = List.copyOf(files);
        this.encoding = requireNonNull(encoding, "encoding is null");
        this.table = requireNonNull(table, "table is null");
        table.columns().forEach(column -> knownNames.addAll(column.sourceNames()));
    }

    @Override
    protected void doOpen()
    {
        fileIndex = -1;
    }

    @Override
    protected SourceRecord doRead()
            throws IOException
    {
        while (true) {
            if (input == null && !nextFile()) {
                return null;
            }
            byte[] line = readLine();
            if (line == null) {
                closeFile();
                continue;
            }
            lineNumber++;
            if (line.length == 0) {
                continue;
            }
            return record(files.get(fileIndex), new String(line, charset));
        }
    }

    @Override
    protected void doClose()
            throws IOException
    {
        closeFile();
    }

    private boolean nextFile()
            throws IOException
    {
        if (++fileIndex >= files.size()) {
            return false;
        }
        SourceFile file = files.get(fileIndex);
        try {
            input = Files.newInputStream(file.path());
        }
        catch (NoSuchFileException e) {
            throw new ItemStreamException("missing source file " + file.path(), e);
        }
        position = 0;
        limit = 0;
        lineNumber = 0;
        byte[] first = readLine();
        if (first == null) {
            throw new ItemStreamException("source file %s is empty: it has no header line".formatted(file.location()));
        }
        lineNumber = 1;
        charset = requireNonNull(encoding.of(file, first), "no encoding for " + file.location());
        String text = new String(first, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        header = parse(text);
        // a district's thousands of daily exports share one header: checked when it changes
        if (!header.equals(checkedHeader)) {
            checkHeader(file, header);
            checkedHeader = header;
        }
        return true;
    }

    private void checkHeader(SourceFile file, List<String> names)
    {
        for (String name : names) {
            if (!knownNames.contains(name)) {
                throw new ItemStreamException("unknown column '%s' in %s: map it to a column of %s in warehouse-schema/tables (source_names)"
                        .formatted(name, file.location(), table.name()));
            }
        }
        for (ColumnDefinition column : table.columns()) {
            if (!column.sourceNames().isEmpty() && column.sourceNames().stream().noneMatch(names::contains)) {
                throw new ItemStreamException("%s has no column for %s.%s (any of %s)".formatted(file.location(), table.name(), column.name(), column.sourceNames()));
            }
        }
    }

    private SourceRecord record(SourceFile file, String text)
    {
        String location = file.location() + ":" + lineNumber;
        List<String> values;
        try {
            values = parse(text);
        }
        catch (UncheckedIOException | IllegalStateException e) {
            return new SourceRecord(location, Map.of(), text, file.fileDate(), "cannot split the line into fields: " + e.getMessage());
        }
        if (values.size() != header.size()) {
            return new SourceRecord(location, Map.of(), text, file.fileDate(), "%d fields where the header has %d".formatted(values.size(), header.size()));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int index = 0; index < header.size(); index++) {
            fields.put(header.get(index), values.get(index));
        }
        return new SourceRecord(location, fields, text, file.fileDate());
    }

    private static List<String> parse(String line)
    {
        if (line.indexOf('"') < 0) {
            // no quoting on the line: a plain split, a fraction of what a parser per line costs
            return java.util.Arrays.asList(line.split(",", -1));
        }
        try (var parser = FORMAT.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of("") : records.get(0).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next line's bytes without its line ending, or null at the end of the file. */
    private byte[] readLine()
            throws IOException
    {
        ByteArrayOutputStream line = null;
        while (true) {
            if (position >= limit) {
                limit = input.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return line == null ? null : trimCarriageReturn(line.toByteArray());
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (position < limit) {
                byte[] bytes = java.util.Arrays.copyOfRange(buffer, start, position++);
                if (line == null) {
                    return trimCarriageReturn(bytes);
                }
                line.write(bytes);
                return trimCarriageReturn(line.toByteArray());
            }
            if (line == null) {
                line = new ByteArrayOutputStream(256);
            }
            line.write(buffer, start, limit - start);
        }
    }

    private static byte[] trimCarriageReturn(byte[] bytes)
    {
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? java.util.Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }

    private void closeFile()
            throws IOException
    {
        if (input != null) {
            input.close();
            input = null;
        }
    }
}
