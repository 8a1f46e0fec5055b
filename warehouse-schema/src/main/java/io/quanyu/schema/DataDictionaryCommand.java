package io.quanyu.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the data dictionary page: {@code DataDictionaryCommand <file>}. */
public final class DataDictionaryCommand
{
    private DataDictionaryCommand() {}

    public static void main(String[] arguments)
            throws IOException
    {
        if (arguments.length != 1) {
            System.err.println("usage: DataDictionaryCommand <output.html>");
            System.exit(2);
        }
        Path output = Path.of(arguments[0]).toAbsolutePath();
        Files.createDirectories(output.getParent());
        WarehouseCatalogue catalogue = WarehouseCatalogue.load();
        Files.writeString(output, new DataDictionaryPage(catalogue).html(), StandardCharsets.UTF_8);
        System.out.printf("[dictionary] %d tables written to %s%n", catalogue.tables().size(), output);
    }
}
