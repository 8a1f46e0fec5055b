package io.quanyu.transform.organization;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Rebuilds the logical date of {@code dws_party_organization_daily}, and every earlier day the party-organization system
 * was loaded that the table does not hold yet, from the organizations' state each day in ODS.
 */
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
        // the date and every earlier loaded day not built yet, so that days built at once equal the same days built one
        // by one, while a day-by-day backfill writes each day once
        Dataset<Row> built = tables.read(table()).select(col("stat_date").as("_built")).distinct();
        Dataset<Row> loadDays = tables.read("ops_load_audit")
                .where(col("table_name").equalTo("ods_party_organization").and(col("logical_date").leq(lit(day))))
                .select(col("logical_date").as("stat_date")).distinct();
        // collected before the write, which replaces the very days the table is asked for
        List<Date> rebuilt = loadDays.join(built, col("stat_date").equalTo(col("_built")), "left")
                .where(col("_built").isNull().or(col("stat_date").equalTo(lit(day))))
                .select("stat_date").as(Encoders.DATE()).collectAsList();
        if (rebuilt.stream().map(Date::toLocalDate).noneMatch(logicalDate::equals)) {
            throw new IllegalStateException("no ods_party_organization load for %s: extract the party-organization system first".formatted(logicalDate));
        }
        Dataset<Row> loaded = tables.read("ods_party_organization").where(col("logical_date").leq(lit(day)));
        Dataset<Row> counts = PartyOrganizationDailyBuilder.build(loaded, loadDays.where(col("stat_date").isin(rebuilt.toArray()))).cache();
        tables.replaceWhere(table(), col("stat_date").isin(rebuilt.toArray()), counts);
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
