package io.quanyu.source.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quanyu.source.Scale;
import io.quanyu.source.SourceSystemsLayout;
import io.quanyu.source.SourceSystemsSimulator;
import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GridPlatformApiServerTests
{
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GridPlatformApiServer server;

    @BeforeAll
    static void start()
            throws Exception
    {
        Path root = Files.createTempDirectory("quanyu-grid-api");
        SourceSystemsLayout layout = new SourceSystemsLayout(root);
        new SourceSystemsSimulator(new SimulationSettings("3302", Scale.SMALL, 17, LocalDate.of(2026, 11, 21), 400, 0)).generate(layout);
        server = new GridPlatformApiServer(layout.gridApiFolder("330203000000"), 0);
    }

    @AfterAll
    static void stop()
    {
        server.close();
    }

    @Test
    void pagingVisitsEveryRecordOnceInChangeOrder()
            throws Exception
    {
        // given the first page, which says how many there are
        JsonNode first = get("/api/v1/grid-workers?page=1&page_size=700");
        int total = first.get("data").get("total").asInt();
        int pages = first.get("data").get("pages").asInt();

        // when every page is fetched
        List<JsonNode> items = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            get("/api/v1/grid-workers?page=%d&page_size=700".formatted(page)).get("data").get("items").forEach(items::add);
        }

        // then each worker came exactly once, oldest change first
        assertThat(first.get("code").asInt()).isZero();
        assertThat(pages).isEqualTo((total + 699) / 700).isGreaterThan(1);
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.get("workerId").asText()));
        assertThat(items).hasSize(total);
        assertThat(ids).hasSize(total);
        List<String> times = items.stream().map(item -> item.get("updatedAt").asText()).toList();
        assertThat(times).isSorted();
    }

    @Test
    void updatedSinceReturnsOnlyLaterChanges()
            throws Exception
    {
        LocalDateTime since = LocalDateTime.of(2026, 6, 1, 0, 0);

        List<JsonNode> all = items("/api/v1/grids?");
        List<JsonNode> later = items("/api/v1/grids?updated_since=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8) + "&");

        assertThat(later).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(later).allSatisfy(item -> assertThat(LocalDateTime.parse(item.get("updatedAt").asText())).isAfter(since));
        assertThat(later).hasSize((int) all.stream().filter(item -> LocalDateTime.parse(item.get("updatedAt").asText()).isAfter(since)).count());
    }

    @Test
    void badParametersAreRefusedWithAReason()
            throws Exception
    {
        HttpResponse<String> size = raw("/api/v1/grids?page_size=5000");
        HttpResponse<String> since = raw("/api/v1/grids?updated_since=yesterday");

        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(size.body()).get("message").asText()).isEqualTo("参数 page_size 必须是 1 到 1000 之间的整数");
        assertThat(since.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(since.body()).get("message").asText()).contains("updated_since");
    }

    private static List<JsonNode> items(String pathWithQuery)
            throws Exception
    {
        List<JsonNode> items = new ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            JsonNode data = get(pathWithQuery + "page_size=1000&page=" + page).get("data");
            pages = data.get("pages").asInt();
            data.get("items").forEach(items::add);
        }
        return items;
    }

    private static JsonNode get(String path)
            throws Exception
    {
        HttpResponse<String> response = raw(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> raw(String path)
            throws Exception
    {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:%d%s".formatted(server.port(), path))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
