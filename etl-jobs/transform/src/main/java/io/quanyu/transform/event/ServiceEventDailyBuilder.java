package io.quanyu.transform.event;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

/**
 * Counts the closed loop by community, event type and day: what was reported on a day, what was resolved on it, what
 * was evaluated on it. Each side is counted on its own day and the three are added up.
 */
public final class ServiceEventDailyBuilder
{
    private static final String[] KEY = {"stat_date", "region_code", "event_type"};

    private ServiceEventDailyBuilder() {}

    /** @param events rows of {@code dwd_service_event} */
    public static Dataset<Row> build(Dataset<Row> events)
    {
        Column zero = lit(0L);
        Dataset<Row> reported = events
                .groupBy(col("reported_on").as("stat_date"), col("region_code"), col("event_type"))
                .agg(count(lit(1)).as("events_reported"),
                        sum(coalesce(col("participants"), lit(0))).cast("bigint").as("participants_total"),
                        sum(coalesce(col("volunteer_hours"), lit(0))).cast("decimal(18,1)").as("volunteer_hours_total"));
        Column ticket = col("is_ticket");
        Dataset<Row> resolved = events.where(col("is_resolved").and(col("resolved_on").isNotNull()))
                .groupBy(col("resolved_on").as("stat_date"), col("region_code"), col("event_type"))
                .agg(count(lit(1)).as("events_resolved"),
                        count(when(ticket, lit(1))).as("tickets_resolved"),
                        count(when(ticket.and(col("is_overdue")), lit(1))).as("tickets_resolved_overdue"),
                        sum(when(ticket, col("resolution_hours")).otherwise(lit(0))).cast("decimal(18,2)").as("resolution_hours_total"));
        Dataset<Row> evaluated = events.where(col("evaluated_at").isNotNull().and(col("satisfaction").isNotNull()))
                .groupBy(to_date(col("evaluated_at")).as("stat_date"), col("region_code"), col("event_type"))
                .agg(count(lit(1)).as("evaluations"), sum(col("satisfaction")).cast("bigint").as("satisfaction_total"));
        return reported.unionByName(resolved, true).unionByName(evaluated, true)
                .groupBy(KEY[0], KEY[1], KEY[2])
                .agg(total("events_reported", zero), total("events_resolved", zero), total("tickets_resolved", zero),
                        total("tickets_resolved_overdue", zero), total("resolution_hours_total", lit(0).cast("decimal(18,2)")),
                        total("evaluations", zero), total("satisfaction_total", zero), total("participants_total", zero),
                        total("volunteer_hours_total", lit(0).cast("decimal(18,1)")));
    }

    private static Column total(String column, Column zero)
    {
        return coalesce(sum(col(column)), zero).as(column);
    }
}
