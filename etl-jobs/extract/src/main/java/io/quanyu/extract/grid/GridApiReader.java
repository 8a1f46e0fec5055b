package io.quanyu.extract.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanyu.extract.ods.LoadWindow;
import io.quanyu.extract.ods.SourceRecord;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Pages through one resource of the grid platform API ({@code updated_since}, {@code page}, {@code page_size}) for
 * the records changed in the load's window. The API's since is exclusive and its times are to the minute, so asking
 * from one second before the window's start misses nothing; records changed after the window's end wait for the next
 * load.
 */
public class GridApiReader
        extends AbstractItemCountingItemStreamItemReader<SourceRecord>
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE_SIZE = 1_000;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String resource;
    private final LoadWindow window;
    private final LocalDate logicalDate;
    private final Deque<SourceRecord> pending = new ArrayDeque<>();
    private int page;
    private int pages;

    public GridApiReader(String name, String baseUrl, String resource, LoadWindow window, LocalDate logicalDate)
    {
        setName(requireNonNull(name, "name is null"));
        this.baseUrl = requireNonNull(baseUrl, "baseUrl is null");
        this.resource = requireNonNull(resource, "resource is null");
        this.window = requireNonNull(window, "window is null");
        this.logicalDate = requireNonNull(logicalDate, "logicalDate is null");
    }

    @Override
    protected void doOpen()
    {
        page = 0;
        pages = 1;
        pending.clear();
    }

    @Override
    protected SourceRecord doRead()
            throws IOException, InterruptedException
    {
        while (pending.isEmpty()) {
            if (page >= pages) {
                return null;
            }
            fetch(++page);
        }
        return pending.poll();
    }

    @Override
    protected void doClose()
    {
        pending.clear();
    }

    private void fetch(int number)
            throws IOException, InterruptedException
    {
        String since = window.start() == null ? "" : "updated_since=" + URLEncoder.encode(window.start().minusSeconds(1).toString(), StandardCharsets.UTF_8) + "&";
        URI uri = URI.create("%s/api/v1/%s?%spage=%d&page_size=%d".formatted(baseUrl, resource, since, number, PAGE_SIZE));
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new ItemStreamException("grid platform API %s is unreachable: %s".formatted(uri, e), e);
        }
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() != 200 || body.path("code").asInt(-1) != 0) {
            throw new ItemStreamException("grid platform API %s answered %d: %s".formatted(uri, response.statusCode(), body.path("message").asText(response.body())));
        }
        JsonNode data = body.path("data");
        pages = data.path("pages").asInt();
        int position = 0;
        for (JsonNode item : data.path("items")) {
            position++;
            LocalDateTime updatedAt = LocalDateTime.parse(item.path("updatedAt").asText());
            if (!window.contains(updatedAt)) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> entries = item.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                fields.put(entry.getKey(), entry.getValue().isNull() ? "" : entry.getValue().asText());
            }
            String location = "%s?page=%d&page_size=%d#%d".formatted(resource, number, PAGE_SIZE, position);
            pending.add(new SourceRecord(location, fields, item.toString(), logicalDate));
        }
    }
}
