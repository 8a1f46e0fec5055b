package io.quanyu.extract.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a district export's encoding by its header line, which is all Chinese column names and never damaged: UTF-8
 * if it decodes as UTF-8, GBK otherwise. Data lines are not used to decide, since a broken line must not switch the
 * whole file to the wrong encoding.
 */
public final class HeaderEncoding
{
    public static final Charset GBK = Charset.forName("GBK");
    /** For a reader: the header line it has just read tells, so the file is opened once. */
    public static final SourceEncoding OF_HEADER_LINE = (file, headerLine) -> of(headerLine, headerLine.length);

    private HeaderEncoding() {}

    public static Charset of(Path file)
    {
        try (InputStream input = Files.newInputStream(file)) {
            byte[] start = input.readNBytes(4096);
            int end = 0;
            while (end < start.length && start[end] != '\n') {
                end++;
            }
            return of(start, end);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read source file " + file, e);
        }
    }

    private static Charset of(byte[] bytes, int length)
    {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            return StandardCharsets.UTF_8;
        }
        catch (CharacterCodingException e) {
            return GBK;
        }
    }
}
