package io.quanyu.extract.ods;

import io.quanyu.schema.TableDefinition;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

/**
 * The later copies of accepted records by a table's duplicate key, in read order: the first copy is loaded, the later
 * ones are quarantined as duplicates. Only records whose key hash occurs more than once are compared by their whole
 * key, since a count of one hash column costs far less than sorting every wide record by its key. The hash is worked
 * out as each record is staged, so the count reads one column, not the key's (nineteen for a service event).
 */
final class DuplicateCopies
{
    static final String FIRST_LOCATION = "_first_location";
    private static final long NULL_HASH = 0x632BE59BD9B4E019L;
    private static final String COPY = "_copy";

    private DuplicateCopies() {}

    /**
     * The rejected records and the key hashes of accepted records that occur more than once, counted in one pass: the
     * rejected ones share the null hash.
     */
    record Census(long rejected, List<Long> repeatedHashes)
    {
        Census
        {
            repeatedHashes = List.copyOf(requireNonNull(repeatedHashes, "repeatedHashes is null"));
        }
    }

    static Census census(TableDefinition table, Dataset<Row> records)
    {
        Column hash = when(col(StagedRows.REJECTION_REASON).isNull(), col(StagedRows.KEY_HASH));
        long rejected = 0;
        List<Long> repeated = new ArrayList<>();
        for (Row group : records.groupBy(hash.as(StagedRows.KEY_HASH)).count()
                .where(col(StagedRows.KEY_HASH).isNull().or(col("count").gt(1)))
                .collectAsList()) {
            if (group.isNullAt(0)) {
                rejected = group.getLong(1);
            }
            // without a duplicate key every accepted record has the same hash, which then says nothing
            else if (!table.duplicateKey().isEmpty()) {
                repeated.add(group.getLong(0));
            }
        }
        return new Census(rejected, repeated);
    }

    /**
     * The ordinal of each later copy among {@code records} (staged rows) whose key hash is one of {@code repeatedHashes},
     * with where its first copy was read. Only the key, ordinal and location are read, not the whole records.
     */
    static Dataset<Row> laterCopies(TableDefinition table, Dataset<Row> records, List<Long> repeatedHashes)
    {
        Dataset<Row> accepted = records.where(col(StagedRows.REJECTION_REASON).isNull())
                .select(Stream.concat(Stream.of(StagedRows.ORDINAL, StagedRows.KEY_HASH, "source_location"), table.duplicateKey().stream()).distinct()
                        .map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
        if (repeatedHashes.isEmpty()) {
            return accepted.limit(0).select(col(StagedRows.ORDINAL), lit(null).cast("string").as(FIRST_LOCATION));
        }
        Column[] key = key(table);
        WindowSpec copies = Window.partitionBy(key).orderBy(col(StagedRows.ORDINAL));
        return accepted.where(col(StagedRows.KEY_HASH).isInCollection(repeatedHashes))
                .withColumn(COPY, row_number().over(copies))
                .withColumn(FIRST_LOCATION, first(col("source_location")).over(copies))
                .where(col(COPY).gt(1))
                .select(col(StagedRows.ORDINAL), col(FIRST_LOCATION));
    }

    /**
     * A 64-bit hash of a record's typed values of the duplicate key: equal keys hash alike, since typed values have one
     * form (a decimal its column's scale). Different keys may too, rarely; {@link #laterCopies} compares whole keys.
     */
    static long keyHash(Map<String, Object> values, List<String> key)
    {
        long hash = 0x9E3779B97F4A7C15L;
        for (String column : key) {
            hash = mix(hash ^ valueHash(values.get(column)));
        }
        return hash;
    }

    private static long valueHash(Object value)
    {
        if (value == null) {
            return NULL_HASH;
        }
        if (value instanceof String text) {
            // FNV-1a over the characters: String.hashCode has only 32 bits
            long hash = 0xCBF29CE484222325L;
            for (int index = 0; index < text.length(); index++) {
                hash = (hash ^ text.charAt(index)) * 0x100000001B3L;
            }
            return hash;
        }
        if (value instanceof Timestamp timestamp) {
            return mix(timestamp.getTime()) ^ timestamp.getNanos();
        }
        if (value instanceof BigDecimal decimal) {
            return mix(decimal.unscaledValue().longValue()) ^ decimal.scale();
        }
        if (value instanceof Long || value instanceof Integer) {
            return mix(((Number) value).longValue());
        }
        if (value instanceof Double number) {
            return mix(Double.doubleToLongBits(number));
        }
        return mix(value.hashCode());
    }

    /** The finalizer of SplitMix64: every input bit changes about half the output bits. */
    private static long mix(long value)
    {
        long mixed = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
        mixed = (mixed ^ (mixed >>> 27)) * 0x94D049BB133111EBL;
        return mixed ^ (mixed >>> 31);
    }

    private static Column[] key(TableDefinition table)
    {
        return table.duplicateKey().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }
}
