package io.quanyu.extract.ods;

import io.quanyu.schema.TableDefinition;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
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

    /** The later copies among {@code records} (staged rows), each with where its first copy was read. */
    static Dataset<Row> laterCopies(TableDefinition table, Dataset<Row> records)
    {
        Dataset<Row> accepted = records.where(col(StagedRows.REJECTION_REASON).isNull());
        if (table.duplicateKey().isEmpty()) {
            return none(accepted);
        }
        Column[] key = table.duplicateKey().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        List<Object> repeatedHashes = new ArrayList<>(accepted.select(xxhash64(key).as(KEY_HASH))
                .groupBy(KEY_HASH).count()
                .where(col("count").gt(1))
                .collectAsList().stream()
                .map(row -> (Object) row.getLong(0))
                .toList());
        if (repeatedHashes.isEmpty()) {
            return none(accepted);
        }
        WindowSpec copies = Window.partitionBy(key).orderBy(col(StagedRows.ORDINAL));
        return accepted.where(xxhash64(key).isInCollection(repeatedHashes))
                .withColumn(COPY, row_number().over(copies))
                .withColumn(FIRST_LOCATION, first(col("source_location")).over(copies))
                .where(col(COPY).gt(1))
                .drop(COPY);
    }

    private static Dataset<Row> none(Dataset<Row> accepted)
    {
        return accepted.limit(0).withColumn(FIRST_LOCATION, lit(null).cast("string"));
    }
}
