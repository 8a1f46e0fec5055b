package io.quanyu.transform;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

/**
 * A source file read again on every day its period is open (a month's roster, a street's monthly workbook): of the loads
 * given, the newest to hold rows of the file replaces the earlier reads of it whole. A row a later read no longer holds,
 * because the source corrected it or the extract quarantined it there, is not carried on from an earlier read.
 */
public final class NewestReads
{
    private static final String NEWEST = "_newest_read";
    private static final String FILE_PREFIX = "_file_";

    private NewestReads() {}

    /**
     * @param loaded rows of an ODS table from any number of loads
     * @param file the columns naming the file a row was read from, e.g. {@code roster_month}
     */
    public static Dataset<Row> of(Dataset<Row> loaded, List<String> file)
    {
        // the newest read per file is a few thousand rows at most: broadcast, so the rows themselves are not shuffled
        Dataset<Row> newest = loaded.groupBy(file.stream().map(column -> col(column).as(FILE_PREFIX + column)).toArray(Column[]::new))
                .agg(max("logical_date").as(NEWEST));
        Column sameRead = col("logical_date").equalTo(col(NEWEST));
        for (String column : file) {
            sameRead = sameRead.and(col(column).eqNullSafe(col(FILE_PREFIX + column)));
        }
        return loaded.join(broadcast(newest), sameRead, "left_semi");
    }
}
