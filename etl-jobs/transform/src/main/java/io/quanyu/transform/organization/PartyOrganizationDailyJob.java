package io.quanyu.transform.organization;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/** Rebuilds one day of {@code dws_party_organization_daily} from the organizations' state that day in ODS. */
public final class PartyOrganizationDailyJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public PartyOrganizationDailyJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        Date day = Date.valueOf(logicalDate);
        boolean extracted = !tables.read("ops_load_audit")
                .where(col("logical_date").equalTo(lit(day)).and(col("table_name").equalTo("ods_party_organization")))
                .isEmpty();
        if (!extracted) {
            throw new IllegalStateException("no ods_party_organization load for %s: extract the party-organization system first".formatted(logicalDate));
        }
        Dataset<Row> snapshot = PartyOrganizationDailyBuilder.stateOn(tables.read("ods_party_organization"), logicalDate);
        Dataset<Row> counts = PartyOrganizationDailyBuilder.build(snapshot, logicalDate).cache();
        tables.replaceWhere(table(), col("stat_date").equalTo(lit(day)), counts);
        long rows = counts.count();
        counts.unpersist();
        return rows;
    }

    @Override
    public String table()
    {
        return "dws_party_organization_daily";
    }
}
