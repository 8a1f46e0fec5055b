package io.quanyu.extract.ods;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamWriter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import static java.util.Objects.requireNonNull;

/**
 * Stages each chunk of validated records as a JSON-lines file named by the position of its first record, written
 * aside and moved into place, so a chunk file is whole or absent. The count of staged records is kept in the step's
 * execution context, which Spring Batch commits with the chunk: after a kill, the restarted step reads on from the
 * last committed chunk and writes the lost chunk again under the same name. Plain files keep a chunk at a few
 * milliseconds; Spark reads them all at once when the load is published.
 */
public class OdsChunkWriter
        implements ItemStreamWriter<ValidatedRecord>, StepExecutionListener
{
    public static final String STAGED_ROWS = "ods.staged.rows";
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final JsonFactory JSON = new JsonFactory();

    private final StagedRows staged;
    private final OdsStagingArea staging;
    private final String sourceSystem;
    private OdsLoad load;
    private long stagedRows;

    public OdsChunkWriter(StagedRows staged, OdsStagingArea staging, String sourceSystem)
    {
        this.staged = requireNonNull(staged, "staged is null");
        this.staging = requireNonNull(staging, "staging is null");
        this.sourceSystem = requireNonNull(sourceSystem, "sourceSystem is null");
    }

    @Override
    public void beforeStep(StepExecution stepExecution)
    {
        load = OdsLoad.of(sourceSystem, staged.table().name(), stepExecution);
    }

    @Override
    public void open(ExecutionContext context)
    {
        stagedRows = context.getLong(STAGED_ROWS, 0L);
    }

    @Override
    public void update(ExecutionContext context)
    {
        context.putLong(STAGED_ROWS, stagedRows);
    }

    @Override
    public void write(Chunk<? extends ValidatedRecord> chunk)
    {
        Timestamp extractedAt = Timestamp.from(Instant.now());
        Path target = staging.chunkFile(load, stagedRows);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        long ordinal = stagedRows;
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream output = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                    JsonGenerator json = JSON.createGenerator(output, JsonEncoding.UTF8)) {
                for (ValidatedRecord record : chunk) {
                    write(json, staged.values(record, load, ordinal++, extractedAt));
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot stage chunk " + target, e);
        }
        stagedRows = ordinal;
    }

    private void write(JsonGenerator json, Object[] values)
            throws IOException
    {
        json.writeStartObject();
        for (int index = 0; index < values.length; index++) {
            Object value = values[index];
            if (value == null) {
                continue;
            }
            json.writeFieldName(staged.fieldName(index));
            if (value instanceof String text) {
                json.writeString(text);
            }
            else if (value instanceof Integer || value instanceof Long) {
                json.writeNumber(((Number) value).longValue());
            }
            else if (value instanceof Double number) {
                json.writeNumber(number);
            }
            else if (value instanceof BigDecimal number) {
                json.writeNumber(number);
            }
            else if (value instanceof Boolean flag) {
                json.writeBoolean(flag);
            }
            else if (value instanceof Date date) {
                json.writeString(date.toString());
            }
            else if (value instanceof Timestamp timestamp) {
                json.writeString(TIMESTAMP.format(timestamp.toLocalDateTime()));
            }
            else {
                throw new IllegalStateException("cannot stage a %s: %s".formatted(value.getClass().getName(), value));
            }
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }
}
