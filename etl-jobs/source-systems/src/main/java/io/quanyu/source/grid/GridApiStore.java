package io.quanyu.source.grid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quanyu.source.community.SeededRandom;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the district grid platform behind the API holds now: the newest version of each grid and worker, with the
 * time it last changed. Kept as JSON lines ({@code grids.jsonl}, {@code grid-workers.jsonl}) that the server loads.
 */
public final class GridApiStore
{
    public static final String GRIDS = "grids";
    public static final String WORKERS = "grid-workers";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private GridApiStore() {}

    public static void write(Path folder, GridHistory current, long seed)
    {
        List<GridApiRecord> grids = current.grids().stream().map(grid -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("gridCode", grid.code());
            fields.put("gridName", grid.name());
            fields.put("communityCode", grid.communityCode());
            fields.put("households", grid.households());
            fields.put("microGrids", grid.microGrids());
            fields.put("status", grid.status());
            fields.put("createdOn", grid.createdOn().toString());
            fields.put("splitFrom", grid.splitFrom());
            return new GridApiRecord(grid.code(), changedAt(grid.code(), grid.changedOn().atStartOfDay(), seed), fields);
        }).toList();
        List<GridApiRecord> workers = current.workers().stream().map(worker -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("workerId", worker.id());
            fields.put("name", worker.name());
            fields.put("gender", worker.gender());
            fields.put("role", worker.role().label());
            fields.put("gridCode", worker.gridCode());
            fields.put("mobile", worker.mobile());
            fields.put("hiredOn", worker.hiredOn().toString());
            fields.put("status", worker.status());
            return new GridApiRecord(worker.id(), changedAt(worker.id(), worker.changedOn().atStartOfDay(), seed), fields);
        }).toList();
        writeLines(folder.resolve(GRIDS + ".jsonl"), grids);
        writeLines(folder.resolve(WORKERS + ".jsonl"), workers);
    }

    /** Records of one resource, ordered by change time and key: the order the API pages through. */
    public static List<GridApiRecord> read(Path folder, String resource)
    {
        Path file = folder.resolve(resource + ".jsonl");
        try {
            List<GridApiRecord> records = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                records.add(JSON.readValue(line, GridApiRecord.class));
            }
            records.sort(Comparator.comparing(GridApiRecord::updatedAt).thenComparing(GridApiRecord::key));
            return records;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read grid API store " + file, e);
        }
    }

    /** Changes happen during office hours, at a time fixed by the record and the day. */
    private static LocalDateTime changedAt(String key, LocalDateTime day, long seed)
    {
        return day.plusMinutes(8 * 60 + SeededRandom.forKey(seed, "api-time|" + day, key).nextInt(10 * 60));
    }

    private static void writeLines(Path file, List<GridApiRecord> records)
    {
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (GridApiRecord record : records) {
                    writer.write(JSON.writeValueAsString(record));
                    writer.write('\n');
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write grid API store " + file, e);
        }
    }
}
