package io.quanyu.extract.file;

import java.nio.charset.Charset;

import static java.util.Objects.requireNonNull;

/** How a source file's encoding is told: one for the whole source, or from each file's header line as read. */
@FunctionalInterface
public interface SourceEncoding
{
    Charset of(SourceFile file, byte[] headerLine);

    static SourceEncoding always(Charset charset)
    {
        requireNonNull(charset, "charset is null");
        return (file, headerLine) -> charset;
    }
}
