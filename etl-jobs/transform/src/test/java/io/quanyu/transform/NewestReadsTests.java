package io.quanyu.transform;

import io.quanyu.spark.SparkTestBase;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NewestReadsTests
        extends SparkTestBase
{
    private static final StructType LEDGER = new StructType()
            .add("street_code", DataTypes.StringType)
            .add("ledger_month", DataTypes.StringType)
            .add("voucher", DataTypes.StringType)
            .add("logical_date", DataTypes.DateType);

    @Test
    void eachFilesNewestReadReplacesItsEarlierReadsWholeAndLeavesOtherFilesAlone()
    {
        // given street A's October read on two days, the second without voucher 2, and street B's October read only on
        // the first day (its file did not change), plus street A's September read once, before both
        List<Row> rows = List.of(
                ledger("A", "2026-10", "1", "2026-10-20"),
                ledger("A", "2026-10", "2", "2026-10-20"),
                ledger("A", "2026-10", "1", "2026-10-21"),
                ledger("A", "2026-10", "3", "2026-10-21"),
                ledger("B", "2026-10", "1", "2026-10-20"),
                ledger("A", "2026-09", "1", "2026-09-30"));

        // when the newest read of each street's month is taken
        List<String> kept = NewestReads.of(spark().createDataFrame(rows, LEDGER), List.of("street_code", "ledger_month")).collectAsList().stream()
                .map(row -> "%s %s %s %s".formatted(row.getString(0), row.getString(1), row.getString(2), row.getDate(3)))
                .sorted()
                .toList();

        // then street A's October is its second read alone, voucher 2 gone with the first, and the other files stay
        assertThat(kept).containsExactly(
                "A 2026-09 1 2026-09-30",
                "A 2026-10 1 2026-10-21",
                "A 2026-10 3 2026-10-21",
                "B 2026-10 1 2026-10-20");
    }

    private static Row ledger(String street, String month, String voucher, String loadDate)
    {
        return RowFactory.create(street, month, voucher, Date.valueOf(loadDate));
    }
}
