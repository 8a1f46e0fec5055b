package io.quanyu.extract.ods;

import io.quanyu.schema.WarehouseCatalogue;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DuplicateCopiesTests
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    private final StagedRows staged = new StagedRows(WarehouseCatalogue.load().table("ods_grid"));
    // the extract tests' session when they ran first in this JVM; a plain local one otherwise (no catalog is needed)
    private final SparkSession spark = SparkSession.builder().master("local[1]").getOrCreate();
    @TempDir
    Path directory;
    private int chunks;

    @Test
    void laterAcceptedCopiesByTheDuplicateKeyInReadOrderWithWhereTheFirstWasRead()
            throws IOException
    {
        // given grids read in this order; the fourth is rejected, the last two lack a date
        List<Row> rows = new ArrayList<>(List.of(
                row(0, "330203001001001", DAY, null), row(1, "330203001001002", DAY, null), row(2, "330203001001001", DAY, null),
                row(3, "330203001001001", DAY, "MISSING_REQUIRED_FIELD"), row(4, "330203001001001", DAY, null),
                row(5, "330203001001003", null, null), row(6, "330203001001003", null, null)));
        List<Path> chunks = List.of(chunk(rows.subList(0, 3)), chunk(rows.subList(3, 7)));

        // when
        DuplicateCopies.Census census = StagedKeyCensus.of(staged.table(), chunks, rows.size());
        Dataset<Row> records = read(chunks);
        Map<Long, String> laterCopies = laterCopies(records, census);

        // then a rejected record is no copy, and an empty key field is equal to another empty one
        assertThat(census.rejected()).isEqualTo(1);
        assertThat(census.repeatedKeys()).extracting(DuplicateCopies.RepeatedKey::firstOrdinal, DuplicateCopies.RepeatedKey::copies)
                .containsExactlyInAnyOrder(tuple(0L, 3L), tuple(5L, 2L));
        assertThat(census.laterCopies()).isEqualTo(3);
        assertThat(laterCopies).isEqualTo(Map.of(2L, "grids.csv:1", 4L, "grids.csv:1", 6L, "grids.csv:6"));
        assertThat(DuplicateCopies.marked(records, census).where(not(DuplicateCopies.laterCopy())).count()).isEqualTo(4);
        assertThat(DuplicateCopies.rejectedAndLaterCopies(DuplicateCopies.marked(records, census)).count()).isEqualTo(4);
    }

    @Test
    void noCopiesWhenEveryKeyIsReadOnce()
            throws IOException
    {
        List<Path> chunks = List.of(chunk(List.of(row(0, "330203001001001", DAY, null), row(1, "330203001001002", DAY, null))));

        DuplicateCopies.Census census = StagedKeyCensus.of(staged.table(), chunks, 2);

        assertThat(census.rejected()).isZero();
        assertThat(census.repeatedKeys()).isEmpty();
        assertThat(laterCopies(read(chunks), census)).isEmpty();
    }

    @Test
    void recordsWhoseKeysShareOnlyOneOfTheTwoHashesAreNoCopies()
            throws IOException
    {
        // given two accepted grids with different keys but, as if by a rare collision, the same first hash
        Row first = row(0, "330203001001001", DAY, null);
        Row second = row(1, "330203001001002", DAY, null);
        Object[] collided = rowValues(second);
        collided[staged.schema().fieldIndex(StagedRows.KEY_HASH)] = first.getLong(staged.schema().fieldIndex(StagedRows.KEY_HASH));
        List<Path> chunks = List.of(chunk(List.of(first)), chunk(List.of(RowFactory.create(collided))));

        // when
        DuplicateCopies.Census census = StagedKeyCensus.of(staged.table(), chunks, 2);

        // then the second hash tells the keys apart: neither is a copy
        assertThat(census.repeatedKeys()).isEmpty();
        assertThat(laterCopies(read(chunks), census)).isEmpty();
    }

    @Test
    void equalKeysHashAlikeAndAChangedValueChangesTheHash()
    {
        List<String> key = List.of("code", "amount", "at", "note");
        Map<String, Object> values = new HashMap<>(Map.of("code", "330203", "amount", new BigDecimal("12.50"), "at", Timestamp.valueOf("2026-11-01 09:30:00")));
        Map<String, Object> same = new HashMap<>(Map.of("code", "330203", "amount", new BigDecimal("12.50"), "at", Timestamp.valueOf("2026-11-01 09:30:00")));
        long hash = DuplicateCopies.keyHash(values, key);
        long check = DuplicateCopies.keyCheck(values, key);

        assertThat(DuplicateCopies.keyHash(same, key)).isEqualTo(hash);
        assertThat(DuplicateCopies.keyCheck(same, key)).isEqualTo(check).isNotEqualTo(hash);
        same.put("note", "");
        assertThat(DuplicateCopies.keyHash(same, key)).isNotEqualTo(hash);
        assertThat(DuplicateCopies.keyCheck(same, key)).isNotEqualTo(check);
        same.remove("note");
        same.put("at", Timestamp.valueOf("2026-11-01 09:30:00.000001"));
        assertThat(DuplicateCopies.keyHash(same, key)).isNotEqualTo(hash);
        assertThat(DuplicateCopies.keyCheck(same, key)).isNotEqualTo(check);
        Map<String, Object> cent = Map.of("code", "330203", "amount", new BigDecimal("12.51"));
        Map<String, Object> otherCent = Map.of("code", "330203", "amount", new BigDecimal("12.50"));
        assertThat(DuplicateCopies.keyHash(cent, List.of("code", "amount"))).isNotEqualTo(DuplicateCopies.keyHash(otherCent, List.of("code", "amount")));
        assertThat(DuplicateCopies.keyCheck(cent, List.of("code", "amount"))).isNotEqualTo(DuplicateCopies.keyCheck(otherCent, List.of("code", "amount")));
    }

    @Test
    void theTwoHashesOfManyDistinctKeysNeverCollideTogether()
    {
        // given a city's worth of grid codes, many of them alike but for a digit or two
        Set<String> pairs = new HashSet<>();
        Set<Long> hashes = new HashSet<>();
        Set<Long> checks = new HashSet<>();
        int keys = 200_000;
        for (int code = 0; code < keys; code++) {
            Map<String, Object> values = Map.of("grid_code", "3302%011d".formatted(code));
            long hash = DuplicateCopies.keyHash(values, List.of("grid_code"));
            long check = DuplicateCopies.keyCheck(values, List.of("grid_code"));
            hashes.add(hash);
            checks.add(check);
            pairs.add(hash + ":" + check);
        }

        // then each hash alone already tells them apart, and the pair does
        assertThat(hashes).hasSize(keys);
        assertThat(checks).hasSize(keys);
        assertThat(pairs).hasSize(keys);
    }

    private Path chunk(List<Row> rows)
            throws IOException
    {
        Path file = directory.resolve("chunk-%d.parquet".formatted(chunks++));
        StagedChunkFile.write(file, staged.schema(), rows.stream().map(DuplicateCopiesTests::rowValues).iterator());
        return file;
    }

    private Dataset<Row> read(List<Path> chunks)
    {
        return spark.read().schema(staged.schema()).parquet(chunks.stream().map(Path::toString).toArray(String[]::new));
    }

    private static Map<Long, String> laterCopies(Dataset<Row> records, DuplicateCopies.Census census)
    {
        return DuplicateCopies.rejectedAndLaterCopies(DuplicateCopies.marked(records, census)).where(DuplicateCopies.laterCopy())
                .collectAsList().stream()
                .collect(Collectors.toMap(row -> row.getLong(row.fieldIndex(StagedRows.ORDINAL)),
                        row -> row.getString(row.fieldIndex(DuplicateCopies.FIRST_LOCATION))));
    }

    /** A staged grid as the staging step writes it: an accepted one with the two hashes of its duplicate key. */
    private Row row(long ordinal, String gridCode, LocalDate updatedOn, String rejection)
    {
        Object[] values = new Object[staged.schema().fields().length];
        values[staged.schema().fieldIndex("grid_code")] = gridCode;
        values[staged.schema().fieldIndex("updated_on")] = updatedOn;
        values[staged.schema().fieldIndex("source_location")] = "grids.csv:" + (ordinal + 1);
        values[staged.schema().fieldIndex(StagedRows.ORDINAL)] = ordinal;
        values[staged.schema().fieldIndex(StagedRows.REJECTION_REASON)] = rejection;
        if (rejection == null) {
            Map<String, Object> typed = new HashMap<>();
            staged.table().duplicateKey().forEach(column -> typed.put(column, values[staged.schema().fieldIndex(column)]));
            values[staged.schema().fieldIndex(StagedRows.KEY_HASH)] = DuplicateCopies.keyHash(typed, staged.table().duplicateKey());
            values[staged.schema().fieldIndex(StagedRows.KEY_CHECK)] = DuplicateCopies.keyCheck(typed, staged.table().duplicateKey());
        }
        return RowFactory.create(values);
    }

    private static Object[] rowValues(Row row)
    {
        Object[] values = new Object[row.length()];
        for (int index = 0; index < values.length; index++) {
            values[index] = row.get(index);
        }
        return values;
    }
}
