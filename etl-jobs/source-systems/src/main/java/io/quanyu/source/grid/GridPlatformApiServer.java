package io.quanyu.source.grid;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import static java.util.Objects.requireNonNull;

/**
 * One district's grid platform as a paginated JSON HTTP API on localhost:
 * {@code GET /api/v1/grids} and {@code GET /api/v1/grid-workers}, with {@code updated_since} (ISO local date-time,
 * exclusive), {@code page} (from 1) and {@code page_size} (1 to 1,000, default 200). The answer's envelope is the
 * platform's own: {@code {"code":0,"message":"成功","data":{"page":..,"page_size":..,"total":..,"pages":..,"items":[..]}}}.
 */
public final class GridPlatformApiServer
        implements AutoCloseable
{
    static final int MAX_PAGE_SIZE = 1_000;

    private final HttpServer server;
    private final Path store;
    private final Map<String, Loaded> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    public GridPlatformApiServer(Path store, int port)
            throws IOException
    {
        this.store = requireNonNull(store, "store is null");
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/v1/" + GridApiStore.GRIDS, exchange -> answer(exchange, GridApiStore.GRIDS));
        server.createContext("/api/v1/" + GridApiStore.WORKERS, exchange -> answer(exchange, GridApiStore.WORKERS));
        server.start();
    }

    public int port()
    {
        return server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange, String resource)
            throws IOException
    {
        try {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            LocalDateTime since = query.containsKey("updated_since") ? LocalDateTime.parse(query.get("updated_since")) : LocalDateTime.MIN;
            int page = number(query, "page", 1, Integer.MAX_VALUE, 1);
            int pageSize = number(query, "page_size", 1, MAX_PAGE_SIZE, 200);
            List<GridApiRecord> matching = records(resource).stream().filter(record -> record.updatedAt().isAfter(since)).toList();
            int from = (int) Math.min((long) (page - 1) * pageSize, matching.size());
            List<Map<String, Object>> items = matching.subList(from, Math.min(from + pageSize, matching.size())).stream()
                    .map(record -> {
                        Map<String, Object> item = new LinkedHashMap<>(record.fields());
                        item.put("updatedAt", record.updatedAt().toString());
                        return item;
                    })
                    .toList();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("page", page);
            data.put("page_size", pageSize);
            data.put("total", matching.size());
            data.put("pages", (matching.size() + pageSize - 1) / pageSize);
            data.put("items", items);
            send(exchange, 200, Map.of("code", 0, "message", "成功", "data", data));
        }
        catch (DateTimeParseException e) {
            send(exchange, 400, Map.of("code", 400, "message", "参数 updated_since 格式错误，应为 yyyy-MM-ddTHH:mm:ss"));
        }
        catch (IllegalArgumentException e) {
            send(exchange, 400, Map.of("code", 400, "message", e.getMessage()));
        }
    }

    /** The resource's records, read again only when the simulator has rewritten its file (after an advance). */
    private List<GridApiRecord> records(String resource)
            throws IOException
    {
        java.nio.file.attribute.FileTime modified = java.nio.file.Files.getLastModifiedTime(store.resolve(resource + ".jsonl"));
        return loaded.compute(resource, (name, previous) -> previous != null && previous.modified().equals(modified)
                ? previous : new Loaded(modified, GridApiStore.read(store, name))).records();
    }

    private record Loaded(java.nio.file.attribute.FileTime modified, List<GridApiRecord> records) {}

    private static int number(Map<String, String> query, String name, int minimum, int maximum, int fallback)
    {
        if (!query.containsKey(name)) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(query.get(name));
            if (value >= minimum && value <= maximum) {
                return value;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("参数 %s 必须是 %d 到 %d 之间的整数".formatted(name, minimum, maximum));
    }

    private static Map<String, String> query(String raw)
    {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            values.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, Object body)
            throws IOException
    {
        byte[] bytes = GridApiStore.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream output = exchange.getResponseBody()) {
            output.write(bytes);
        }
    }

    @Override
    public void close()
    {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
