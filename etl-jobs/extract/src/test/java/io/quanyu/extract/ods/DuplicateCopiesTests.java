package io.quanyu.extract.ods;

import io.quanyu.schema.WarehouseCatalogue;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateCopiesTests
{
    private static final Date DAY = Date.valueOf(LocalDate.of(2026, 11, 1));

    private final StagedRows staged = new StagedRows(WarehouseCatalogue.load().table("ods_grid"));
    // the extract tests' session when they ran first in this JVM; a plain local one otherwise (no catalog is needed)
    private final SparkSession spark = SparkSession.builder().master("local[1]").getOrCreate();

    @Test
    void laterAcceptedCopiesByTheDuplicateKeyInReadOrderWithWhereTheFirstWasRead()
    {
        // given grids read in this order; the fourth is rejected, the last two lack a date
        List<Row> rows = new ArrayList<>(List.of(
                row(0, "330203001001001", DAY, null), row(1, "330203001001002", DAY, null), row(2, "330203001001001", DAY, null),
                row(3, "330203001001001", DAY, "MISSING_REQUIRED_FIELD"), row(4, "330203001001001", DAY, null),
                row(5, "330203001001003", null, null), row(6, "330203001001003", null, null)));
        Dataset<Row> records = spark.createDataFrame(rows, staged.schema()).repartition(3);

        // when
        DuplicateCopies.Census census = DuplicateCopies.census(staged.table(), records);
        Map<Long, String> laterCopies = DuplicateCopies.laterCopies(staged.table(), records, census.repeatedHashes())
                .collectAsList().stream()
                .collect(Collectors.toMap(row -> row.getLong(row.fieldIndex(StagedRows.ORDINAL)),
                        row -> row.getString(row.fieldIndex(DuplicateCopies.FIRST_LOCATION))));

        // then a rejected record is no copy, and an empty key field is equal to another empty one
        assertThat(census.rejected()).isEqualTo(1);
        assertThat(census.repeatedHashes()).hasSize(2);
        assertThat(laterCopies).isEqualTo(Map.of(2L, "grids.csv:1", 4L, "grids.csv:1", 6L, "grids.csv:6"));
    }

    @Test
    void noCopiesWhenEveryKeyIsReadOnce()
    {
        Dataset<Row> records = spark.createDataFrame(List.of(row(0, "330203001001001", DAY, null), row(1, "330203001001002", DAY, null)), staged.schema());

        DuplicateCopies.Census census = DuplicateCopies.census(staged.table(), records);

        assertThat(census.rejected()).isZero();
        assertThat(census.repeatedHashes()).isEmpty();
        assertThat(DuplicateCopies.laterCopies(staged.table(), records, census.repeatedHashes()).count()).isZero();
    }

    @Test
    void recordsWhoseKeysOnlyShareAHashAreNoCopies()
    {
        // given two accepted grids with different keys but, as if by a rare collision, the same staged hash
        Row first = row(0, "330203001001001", DAY, null);
        Row second = row(1, "330203001001002", DAY, null);
        Object[] collided = rowValues(second);
        collided[staged.schema().fieldIndex(StagedRows.KEY_HASH)] = first.getLong(staged.schema().fieldIndex(StagedRows.KEY_HASH));
        Dataset<Row> records = spark.createDataFrame(List.of(first, RowFactory.create(collided)), staged.schema());

        // when
        DuplicateCopies.Census census = DuplicateCopies.census(staged.table(), records);

        // then the hash repeats, but the whole keys differ: neither is a copy
        assertThat(census.repeatedHashes()).hasSize(1);
        assertThat(DuplicateCopies.laterCopies(staged.table(), records, census.repeatedHashes()).count()).isZero();
    }

    @Test
    void equalKeysHashAlikeAndAChangedValueChangesTheHash()
    {
        List<String> key = List.of("code", "amount", "at", "note");
        Map<String, Object> values = new HashMap<>(Map.of("code", "330203", "amount", new BigDecimal("12.50"), "at", Timestamp.valueOf("2026-11-01 09:30:00")));
        Map<String, Object> same = new HashMap<>(Map.of("code", "330203", "amount", new BigDecimal("12.50"), "at", Timestamp.valueOf("2026-11-01 09:30:00")));
        long hash = DuplicateCopies.keyHash(values, key);

        assertThat(DuplicateCopies.keyHash(same, key)).isEqualTo(hash);
        same.put("note", "");
        assertThat(DuplicateCopies.keyHash(same, key)).isNotEqualTo(hash);
        same.remove("note");
        same.put("at", Timestamp.valueOf("2026-11-01 09:30:00.000001"));
        assertThat(DuplicateCopies.keyHash(same, key)).isNotEqualTo(hash);
        assertThat(DuplicateCopies.keyHash(Map.of("code", "330203", "amount", new BigDecimal("12.51")), List.of("code", "amount")))
                .isNotEqualTo(DuplicateCopies.keyHash(Map.of("code", "330203", "amount", new BigDecimal("12.50")), List.of("code", "amount")));
    }

    /** A staged grid as the staging step writes it: an accepted one with the hash of its duplicate key. */
    private Row row(long ordinal, String gridCode, Date updatedOn, String rejection)
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
