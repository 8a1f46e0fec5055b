package io.quanyu.source.grid;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code <sources folder> [port]}: serves the API district's grid platform found under
 * {@code <sources>/grid-platform-api/} until the process is stopped. Port 0 (the default) takes a free one; the port is
 * printed and written to {@code <sources>/grid-platform-api/http.port}.
 */
public final class GridPlatformApiCommand
{
    private GridPlatformApiCommand() {}

    public static void main(String[] args)
            throws Exception
    {
        Path sources = Path.of(args.length > 0 ? args[0] : ".quanyu/sources").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Path apiRoot = sources.resolve("grid-platform-api");
        List<Path> districts;
        try (Stream<Path> folders = Files.exists(apiRoot) ? Files.list(apiRoot) : Stream.empty()) {
            districts = folders.filter(Files::isDirectory).toList();
        }
        if (districts.size() != 1) {
            throw new IllegalStateException("expected one district under %s, found %s: run ./quanyu generate first".formatted(apiRoot, districts));
        }
        GridPlatformApiServer server = new GridPlatformApiServer(districts.get(0), port);
        Files.writeString(apiRoot.resolve("http.port"), Integer.toString(server.port()));
        System.out.printf("grid platform API of district %s at http://127.0.0.1:%d/api/v1/grids and /api/v1/grid-workers%n",
                districts.get(0).getFileName(), server.port());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join();
    }
}
