package io.quanyu.source.defect;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every injected defect, one JSON object a line, in {@code manifest/defects.jsonl} below the sources folder. */
public final class DefectManifest
        implements AutoCloseable
{
    private static final Pattern LINE = Pattern.compile(
            "\\{\"source\":\"(.*)\",\"location\":\"(.*)\",\"kind\":\"(.*)\",\"field\":\"(.*)\",\"key\":\"(.*)\"}");

    private final BufferedWriter writer;
    private long count;

    public DefectManifest(Path file)
    {
        try {
            Files.createDirectories(file.getParent());
            this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write defect manifest " + file, e);
        }
    }

    public synchronized void record(Defect defect)
    {
        try {
            writer.write("{\"source\":\"%s\",\"location\":\"%s\",\"kind\":\"%s\",\"field\":\"%s\",\"key\":\"%s\"}\n".formatted(
                    escape(defect.source()), escape(defect.location()), defect.kind(), escape(defect.field()), escape(defect.key())));
            count++;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long count()
    {
        return count;
    }

    public static List<Defect> read(Path file)
            throws IOException
    {
        List<Defect> defects = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalStateException("malformed manifest line in %s: %s".formatted(file, line));
            }
            defects.add(new Defect(matcher.group(1), matcher.group(2), DefectKind.valueOf(matcher.group(3)), matcher.group(4), matcher.group(5)));
        }
        return defects;
    }

    @Override
    public void close()
    {
        try {
            writer.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String value)
    {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
