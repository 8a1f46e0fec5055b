package io.quanyu.transform.organization;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

/**
 * Rebuilds the logical date of {@code dws_party_organization_daily}, every earlier day the party-organization system
 * was loaded that the table does not hold yet, and every day a load it counts was re-run (repaired) since it was built,
 * from the organizations' state each day in ODS.
 */
public final class PartyOrganizationDailyJob
        implements TransformJob
{
    private static final StructType LOAD_DAYS = new StructType()
            .add("stat_date", DataTypes.DateType, false)
            .add("loads_finished_at", DataTypes.TimestampType, true);

    private final WarehouseTables tables;

    public PartyOrganizationDailyJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        Date day = Date.valueOf(logicalDate);
        Dataset<Row> loadDays = loadDays(day);
        Dataset<Row> built = tables.read(table()).groupBy(col("stat_date").as("_built")).agg(max("loads_finished_at").as("_built_from"));
        // the date; every earlier loaded day not built yet (no _built_from), so that days built at once equal the same days
        // built one by one while a day-by-day backfill writes each day once; and every day a load was re-run for since
        Column rebuild = col("stat_date").equalTo(lit(day))
                .or(col("_built_from").isNull()).or(col("loads_finished_at").gt(col("_built_from")));
        // collected before the write, which replaces the very days the table is asked for
        List<Date> rebuilt = loadDays.join(built, col("stat_date").equalTo(col("_built")), "left")
                .where(rebuild)
                .select("stat_date").as(Encoders.DATE()).collectAsList();
        if (rebuilt.stream().map(Date::toLocalDate).noneMatch(logicalDate::equals)) {
            throw new IllegalStateException("no ods_party_organization load for %s: extract the party-organization system first".formatted(logicalDate));
        }
        Dataset<Row> loaded = tables.read("ods_party_organization").where(col("logical_date").leq(lit(day)));
        Dataset<Row> days = loadDays.where(col("stat_date").isin(rebuilt.toArray()));
        Dataset<Row> counts = PartyOrganizationDailyBuilder.build(loaded, days.select("stat_date")).join(days, "stat_date").cache();
        tables.replaceWhere(table(), col("stat_date").isin(rebuilt.toArray()), counts);
        long rows = counts.count();
        counts.unpersist();
        return rows;
    }

    /** Each day the system was loaded, with the newest finish among the loads it counts (its own and every earlier one). */
    private Dataset<Row> loadDays(Date day)
    {
        // a row per loaded day: the running maximum is taken here rather than by a window that has nothing to partition by
        Dataset<Row> finishes = tables.read("ops_load_audit")
                .where(col("table_name").equalTo("ods_party_organization").and(col("logical_date").leq(lit(day))))
                .groupBy(col("logical_date").as("stat_date"))
                .agg(max("finished_at").as("loads_finished_at"))
                .orderBy("stat_date");
        List<Row> running = new ArrayList<>();
        Timestamp newest = null;
        for (Row finish : finishes.collectAsList()) {
            Timestamp finished = finish.getTimestamp(1);
            newest = finished != null && (newest == null || finished.after(newest)) ? finished : newest;
            running.add(RowFactory.create(finish.getDate(0), newest));
        }
        return finishes.sparkSession().createDataFrame(running, LOAD_DAYS);
    }

    @Override
    public String table()
    {
        return "dws_party_organization_daily";
    }
}
