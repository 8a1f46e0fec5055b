package io.quanyu.transform.fund;

import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FundMonthlyBuilderTests
        extends SparkTestBase
{
    private static final String STREET = "330203001000";
    private static final String COMMUNITY = "330203001001";

    @Test
    void theLatestReadOfAWorkbookCountsWholeAndAllocationsAreKeptApartFromSpending()
    {
        // given October's ledger read on 20 October with one allocation, and again on 1 November with the allocation,
        // a second one and a spending line
        LocalDate firstRead = LocalDate.of(2026, 10, 20);
        LocalDate lastRead = LocalDate.of(2026, 11, 1);
        List<Row> rows = List.of(
                entry(firstRead, 1, "拨入", "150000.00"),
                entry(lastRead, 1, "拨入", "150000.00"),
                entry(lastRead, 2, "拨入", "50000.00"),
                entry(lastRead, 3, "支出", "32000.50"));

        // when the month is added up on the last read's day
        List<String> months = FundMonthlyBuilder.build(spark().createDataFrame(rows, WarehouseTables.schema(WarehouseCatalogue.load().table("ods_fund_entry"))),
                        lastRead).collectAsList().stream()
                .map(row -> "%s %s allocated=%s spent=%s lines=%s".formatted(row.getAs("stat_date"), row.getAs("region_code"),
                        row.<BigDecimal>getAs("allocated_amount").toPlainString(), row.<BigDecimal>getAs("spent_amount").toPlainString(), row.getAs("ledger_lines")))
                .toList();

        // then the first read is replaced, not added
        assertThat(months).containsExactly("2026-10-31 330203001001 allocated=200000.00 spent=32000.50 lines=3");
    }

    private static Row entry(LocalDate loadDay, int line, String direction, String amount)
    {
        return RowFactory.create(STREET, "2026-10", line, Date.valueOf("2026-10-0" + line), "记-" + line, COMMUNITY, "南门社区", "社区工作经费", direction, "区级",
                "社区工作经费", new BigDecimal(amount), "王会计", "fund-ledger", STREET + "/南门街道2026年10月经费台账.xlsx:" + (line + 1), "load-" + loadDay,
                Date.valueOf(loadDay), new Timestamp(0));
    }
}
