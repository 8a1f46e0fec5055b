package io.quanyu.extract.ods;

import io.quanyu.schema.TableDefinition;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * The later copies of accepted records by a table's duplicate key, in read order: the first copy is loaded, the later
 * ones are quarantined as duplicates. Only records whose key hash occurs more than once are compared by their whole
 * key, since a count of one hash column costs far less than sorting every wide record by its key.
 */
final class DuplicateCopies
{
    static final String FIRST_LOCATION = "_first_location";
    private static final String KEY_HASH = "_key_hash";
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
        // without a duplicate key every accepted record shares one hash, which then says nothing
        Column hash = table.duplicateKey().isEmpty() ? lit(0L) : xxhash64(key(table));
        long rejected = 0;
        List<Long> repeated = new ArrayList<>();
        for (Row group : records.groupBy(when(col(StagedRows.REJECTION_REASON).isNull(), hash).as(KEY_HASH)).count()
                .where(col(KEY_HASH).isNull().or(col("count").gt(1)))
                .collectAsList()) {
            if (group.isNullAt(0)) {
                rejected = group.getLong(1);
            }
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
                .select(Stream.concat(Stream.of(StagedRows.ORDINAL, "source_location"), table.duplicateKey().stream()).distinct()
                        .map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
        if (repeatedHashes.isEmpty()) {
            return accepted.limit(0).select(col(StagedRows.ORDINAL), lit(null).cast("string").as(FIRST_LOCATION));
        }
        Column[] key = key(table);
        WindowSpec copies = Window.partitionBy(key).orderBy(col(StagedRows.ORDINAL));
        return accepted.where(xxhash64(key).isInCollection(repeatedHashes))
                .withColumn(COPY, row_number().over(copies))
                .withColumn(FIRST_LOCATION, first(col("source_location")).over(copies))
                .where(col(COPY).gt(1))
                .select(col(StagedRows.ORDINAL), col(FIRST_LOCATION));
    }

    private static Column[] key(TableDefinition table)
    {
        return table.duplicateKey().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }
}
