package io.quanyu.screen;

import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the screen's queries from {@code sql/<name>.sql}. */
final class SqlFiles
{
    private SqlFiles() {}

    static String read(String name)
    {
        try {
            return new ClassPathResource("sql/" + name + ".sql").getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("missing query sql/" + name + ".sql", e);
        }
    }
}
