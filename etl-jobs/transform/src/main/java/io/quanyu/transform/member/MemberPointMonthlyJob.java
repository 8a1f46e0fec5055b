package io.quanyu.transform.member;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

/** Rebuilds {@code dws_member_point_monthly} from every points load up to the logical date. */
public final class MemberPointMonthlyJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public MemberPointMonthlyJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        Dataset<Row> snapshots = tables.read("ods_party_member").where(col("logical_date").leq(lit(Date.valueOf(logicalDate))));
        Row latest = snapshots.agg(max("logical_date")).first();
        // a literal date, so that only the latest snapshot's partition is read
        Dataset<Row> members = latest.isNullAt(0) ? snapshots.limit(0) : snapshots.where(col("logical_date").equalTo(lit(latest.getDate(0))));
        return tables.replaceAll(table(), MemberPointMonthlyBuilder.build(tables.read("ods_member_point"), members, tables.read("dim_organization"), logicalDate));
    }

    @Override
    public String table()
    {
        return "dws_member_point_monthly";
    }
}
