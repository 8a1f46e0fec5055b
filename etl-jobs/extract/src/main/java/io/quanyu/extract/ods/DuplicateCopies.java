package io.quanyu.extract.ods;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * The later copies of accepted records by a table's duplicate key, in read order: the first copy is loaded, the later
 * ones are quarantined as duplicates. Records are grouped by two independent 64-bit hashes of the key worked out as
 * each record is staged, so the census reads long columns, not the key's (nineteen for a service event), and no pass
 * compares whole keys: two different keys share both hashes with a chance of about one in 2^128 per pair.
 */
final class DuplicateCopies
{
    static final String FIRST_LOCATION = "_first_location";
    static final String FIRST_ORDINAL = "_first_ordinal";
    private static final long NULL_HASH = 0x632BE59BD9B4E019L;
    private static final long NULL_CHECK = 0x2545F4914F6CDD1DL;

    private DuplicateCopies() {}

    /** Accepted records sharing a key: how many, and the ordinal of the first read. */
    record RepeatedKey(long hash, long check, long firstOrdinal, long copies) {}

    /** The rejected records and the keys of accepted records that occur more than once ({@link StagedKeyCensus}). */
    record Census(long rejected, List<RepeatedKey> repeatedKeys)
    {
        Census
        {
            repeatedKeys = List.copyOf(requireNonNull(repeatedKeys, "repeatedKeys is null"));
        }

        /** The later copies: every copy of a repeated key but its first. */
        long laterCopies()
        {
            return repeatedKeys.stream().mapToLong(key -> key.copies() - 1).sum();
        }
    }

    /**
     * The records with the ordinal of the first copy of their key where the key repeats ({@link #FIRST_ORDINAL}, null
     * otherwise and for rejected records). The repeated keys are few: each record learns it as it is read.
     */
    static Dataset<Row> marked(Dataset<Row> records, Census census)
    {
        if (census.repeatedKeys().isEmpty()) {
            return records.withColumn(FIRST_ORDINAL, lit(null).cast(DataTypes.LongType));
        }
        String hash = "_repeated_hash";
        String check = "_repeated_check";
        StructType schema = new StructType()
                .add(hash, DataTypes.LongType, false)
                .add(check, DataTypes.LongType, false)
                .add(FIRST_ORDINAL, DataTypes.LongType, false);
        List<Row> keys = census.repeatedKeys().stream()
                .map(key -> RowFactory.create(key.hash(), key.check(), key.firstOrdinal()))
                .toList();
        Dataset<Row> repeated = records.sparkSession().createDataFrame(keys, schema);
        return records.join(broadcast(repeated), col(StagedRows.KEY_HASH).equalTo(col(hash)).and(col(StagedRows.KEY_CHECK).equalTo(col(check))), "left")
                .drop(hash, check);
    }

    /** Whether a {@link #marked} record is a later copy of its key. */
    static Column laterCopy()
    {
        return col(FIRST_ORDINAL).isNotNull().and(col(StagedRows.ORDINAL).notEqual(col(FIRST_ORDINAL)));
    }

    /**
     * The {@link #marked} records to quarantine, the rejected ones and the later copies, with where the first copy of
     * each later one was read ({@link #FIRST_LOCATION}): ranked after filtering, so only the few are shuffled.
     */
    static Dataset<Row> rejectedAndLaterCopies(Dataset<Row> marked)
    {
        Column rejected = col(StagedRows.REJECTION_REASON).isNotNull();
        WindowSpec copies = Window.partitionBy(col(FIRST_ORDINAL)).orderBy(col(StagedRows.ORDINAL));
        return marked.where(rejected.or(col(FIRST_ORDINAL).isNotNull()))
                .withColumn(FIRST_LOCATION, when(col(FIRST_ORDINAL).isNotNull(), first(col("source_location")).over(copies)))
                .where(rejected.or(laterCopy()));
    }

    /**
     * A 64-bit hash of a record's typed values of the duplicate key: equal keys hash alike, since typed values have one
     * form (a decimal its column's scale). Different keys may too, rarely: {@link #keyCheck} tells them apart.
     */
    static long keyHash(Map<String, Object> values, List<String> key)
    {
        long hash = 0x9E3779B97F4A7C15L;
        for (String column : key) {
            hash = mix(hash ^ valueHash(values.get(column)));
        }
        return hash;
    }

    /**
     * A second 64-bit hash of the same values, independent of {@link #keyHash}: other string and value hashing, other
     * mixing, so that a pair of keys colliding in one almost never collides in the other.
     */
    static long keyCheck(Map<String, Object> values, List<String> key)
    {
        long check = 0xD6E8FEB86659FD93L;
        for (String column : key) {
            check = fmix(check * 0x9FB21C651E98DF25L + valueCheck(values.get(column)));
        }
        return check;
    }

    private static long valueCheck(Object value)
    {
        if (value == null) {
            return NULL_CHECK;
        }
        if (value instanceof String text) {
            long check = text.length();
            for (int index = 0; index < text.length(); index++) {
                check = Long.rotateLeft(check * 0xC6A4A7935BD1E995L + text.charAt(index), 17);
            }
            return fmix(check);
        }
        if (value instanceof Timestamp timestamp) {
            return fmix(timestamp.getTime() * 1_000_003L + timestamp.getNanos());
        }
        if (value instanceof LocalDate day) {
            return fmix(day.toEpochDay() * 0x9E3779B97F4A7C15L + 7);
        }
        if (value instanceof BigDecimal decimal) {
            return fmix(decimal.unscaledValue().longValue() * 31 + decimal.scale());
        }
        if (value instanceof Long || value instanceof Integer) {
            return fmix(((Number) value).longValue());
        }
        if (value instanceof Double number) {
            return fmix(Double.doubleToLongBits(number));
        }
        return fmix(value.hashCode() * 0x9E3779B97F4A7C15L);
    }

    /** The finalizer of MurmurHash3's 64-bit variant, with other constants than {@link #mix}. */
    private static long fmix(long value)
    {
        long mixed = (value ^ (value >>> 33)) * 0xFF51AFD7ED558CCDL;
        mixed = (mixed ^ (mixed >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return mixed ^ (mixed >>> 33);
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
        if (value instanceof LocalDate day) {
            return mix(day.toEpochDay());
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
}
