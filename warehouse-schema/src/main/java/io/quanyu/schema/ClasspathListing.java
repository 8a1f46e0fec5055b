package io.quanyu.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists resource paths below a classpath folder, whether it is a directory (IDE, tests) or inside a jar. */
final class ClasspathListing
{
    private ClasspathListing() {}

    static List<String> list(ClassLoader loader, String folder)
    {
        List<String> paths = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                if (url.getProtocol().equals("file")) {
                    Path root = Path.of(url.toURI());
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(Files::isRegularFile)
                                .forEach(file -> paths.add(folder + root.relativize(file).toString().replace('\\', '/')));
                    }
                }
                else if (url.getProtocol().equals("jar")) {
                    try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
                        jar.stream()
                                .filter(entry -> !entry.isDirectory() && entry.getName().startsWith(folder))
                                .forEach(entry -> paths.add(entry.getName()));
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return paths.stream().distinct().sorted().toList();
    }
}
