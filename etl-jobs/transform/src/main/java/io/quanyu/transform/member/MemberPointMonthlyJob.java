package io.quanyu.transform.member;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.OdsSnapshots;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

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
        Dataset<Row> members = OdsSnapshots.newestLoad(tables, "ods_party_member", logicalDate);
        return tables.replaceAll(table(), MemberPointMonthlyBuilder.build(tables.read("ods_member_point"), members, tables.read("dim_organization"), logicalDate));
    }

    @Override
    public String table()
    {
        return "dws_member_point_monthly";
    }
}
