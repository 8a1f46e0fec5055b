package io.quanyu.trino;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/** Writes the server's {@code etc/} from the templates kept in this module, filling in ports and paths. */
final class TrinoConfiguration
{
    private static final List<String> TEMPLATES = List.of("node.properties", "jvm.config", "config.properties", "log.properties",
            "catalog/quanyu.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

    private TrinoConfiguration() {}

    static void write(Path etcDirectory, Map<String, String> values)
    {
        try {
            for (String template : TEMPLATES) {
                Path target = etcDirectory.resolve(template);
                Files.createDirectories(target.getParent());
                Files.writeString(target, render(template, read(template), values), StandardCharsets.UTF_8);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write Trino configuration into " + etcDirectory, e);
        }
    }

    static String render(String name, String template, Map<String, String> values)
    {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for ${%s} in Trino template %s".formatted(matcher.group(1), name));
            }
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }

    static String catalogDriver(String catalogUri)
    {
        if (catalogUri.startsWith("jdbc:sqlite:")) {
            return "org.sqlite.JDBC";
        }
        if (catalogUri.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new IllegalArgumentException("unsupported catalog URL %s: use jdbc:sqlite: or jdbc:postgresql:".formatted(catalogUri));
    }

    private static String read(String template)
            throws IOException
    {
        try (InputStream input = TrinoConfiguration.class.getResourceAsStream("etc/" + template)) {
            return new String(requireNonNull(input, "missing template " + template).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
