package io.quanyu.transform.fund;

import io.quanyu.transform.NewestReads;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

/** Adds up the street ledgers by community, month, fund type and paying level: allocations and spending. */
public final class FundMonthlyBuilder
{
    private FundMonthlyBuilder() {}

    /** @param loaded rows of {@code ods_fund_entry} from any number of loads */
    public static Dataset<Row> build(Dataset<Row> loaded, LocalDate logicalDate)
    {
        // a workbook read again while its month is open: its latest read replaces the earlier ones whole
        Dataset<Row> latestReads = NewestReads.of(loaded.where(col("logical_date").leq(lit(Date.valueOf(logicalDate)))),
                List.of("street_code", "ledger_month"));
        return latestReads
                .groupBy(last_day(to_date(concat(col("ledger_month"), lit("-01")))).as("stat_date"), col("community_code").as("region_code"),
                        col("fund_type"), col("funding_level"))
                .agg(coalesce(sum(when(col("direction").equalTo("拨入"), col("amount"))), lit(0)).cast("decimal(18,2)").as("allocated_amount"),
                        coalesce(sum(when(col("direction").equalTo("支出"), col("amount"))), lit(0)).cast("decimal(18,2)").as("spent_amount"),
                        count(lit(1)).as("ledger_lines"));
    }
}
