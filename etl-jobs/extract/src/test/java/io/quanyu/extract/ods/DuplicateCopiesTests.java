package io.quanyu.extract.ods;

import io.quanyu.schema.WarehouseCatalogue;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
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

    private Row row(long ordinal, String gridCode, Date updatedOn, String rejection)
    {
        Object[] values = new Object[staged.schema().fields().length];
        values[staged.schema().fieldIndex("grid_code")] = gridCode;
        values[staged.schema().fieldIndex("updated_on")] = updatedOn;
        values[staged.schema().fieldIndex("source_location")] = "grids.csv:" + (ordinal + 1);
        values[staged.schema().fieldIndex(StagedRows.ORDINAL)] = ordinal;
        values[staged.schema().fieldIndex(StagedRows.REJECTION_REASON)] = rejection;
        return RowFactory.create(values);
    }
}
