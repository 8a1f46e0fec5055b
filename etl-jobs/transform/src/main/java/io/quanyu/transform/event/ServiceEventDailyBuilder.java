package io.quanyu.transform.event;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

/**
 * Counts the closed loop by community, event type and day: what was reported on a day, what was resolved on it, what
 * was evaluated on it. Each event gives up to three sides, each dated its own day, and the sides are added up in one
 * aggregation: one scan and one shuffle, where counting each side on its own and joining the three took three of each.
 */
public final class ServiceEventDailyBuilder
{
    private static final String SIDE = "side";
    private static final String[] MEASURES = {"events_reported", "events_resolved", "tickets_resolved", "tickets_resolved_overdue",
            "resolution_hours_total", "evaluations", "satisfaction_total", "participants_total", "volunteer_hours_total"};
    private static final String HOURS = "decimal(18,2)";
    private static final String VOLUNTEER_HOURS = "decimal(18,1)";
    // an event's own hours, typed narrow enough (at most eight digits: 114 years of a ticket, a thousand times the
    // extract's cap on an activity's volunteer hours) that Spark adds them up as longs, not as BigDecimals
    private static final String EVENT_HOURS = "decimal(8,2)";
    private static final String EVENT_VOLUNTEER_HOURS = "decimal(8,1)";

    private ServiceEventDailyBuilder() {}

    /** @param events rows of {@code dwd_service_event} */
    public static Dataset<Row> build(Dataset<Row> events)
    {
        return totals(sides(events));
    }

    /**
     * The table's rows of the months alone (their first days), as {@link #build} makes them: only the events with a
     * side dated in the months are read, and only those sides counted.
     */
    public static Dataset<Row> build(Dataset<Row> events, List<LocalDate> months)
    {
        Column dated = Arrays.stream(sideDates()).map(date -> MonthPartitions.inMonths(date, months)).reduce(Column::or).orElseThrow();
        return totals(sides(events.where(dated)).where(MonthPartitions.inMonths(col(SIDE + ".stat_date"), months)));
    }

    /** The first days of the months the events' sides are dated in: the months of the table they count in. */
    public static Dataset<Row> months(Dataset<Row> events)
    {
        return sides(events).select(trunc(col(SIDE + ".stat_date"), "month").as("month")).distinct();
    }

    /** Each event's reported, resolved and evaluated sides, a row each, with its community and type. */
    private static Dataset<Row> sides(Dataset<Row> events)
    {
        Column[] dates = sideDates();
        Column ticket = col("is_ticket");
        Column reported = side(dates[0], 1, 0, lit(0), lit(0), lit(0), 0, lit(0),
                coalesce(col("participants"), lit(0)), coalesce(col("volunteer_hours"), lit(0)));
        Column resolved = when(col("is_resolved").and(dates[1].isNotNull()),
                side(dates[1], 0, 1, when(ticket, lit(1)).otherwise(lit(0)), when(ticket.and(col("is_overdue")), lit(1)).otherwise(lit(0)),
                        when(ticket, col("resolution_hours")).otherwise(lit(0)), 0, lit(0), lit(0), lit(0)));
        Column evaluated = when(col("evaluated_at").isNotNull().and(col("satisfaction").isNotNull()),
                side(dates[2], 0, 0, lit(0), lit(0), lit(0), 1, col("satisfaction"), lit(0), lit(0)));
        return events.select(col("region_code"), col("event_type"), explode(array(reported, resolved, evaluated)).as(SIDE))
                .where(col(SIDE).isNotNull());
    }

    /** The day of each side: reported, resolved, evaluated. */
    private static Column[] sideDates()
    {
        return new Column[] {col("reported_on"), col("resolved_on"), to_date(col("evaluated_at"))};
    }

    private static Dataset<Row> totals(Dataset<Row> sides)
    {
        Column[] totals = new Column[MEASURES.length];
        for (int index = 0; index < MEASURES.length; index++) {
            String type = type(MEASURES[index]);
            totals[index] = coalesce(sum(col(SIDE + "." + MEASURES[index])), lit(0)).cast(type).as(MEASURES[index]);
        }
        return sides.groupBy(col(SIDE + ".stat_date").as("stat_date"), col("region_code"), col("event_type"))
                .agg(totals[0], Arrays.copyOfRange(totals, 1, totals.length));
    }

    /** One side of an event: its day and what it adds to each measure, typed alike so the three fit one array. */
    private static Column side(Column day, int reported, int resolved, Column tickets, Column overdue, Column hours, int evaluations,
            Column satisfaction, Column participants, Column volunteerHours)
    {
        Column[] values = {lit(reported), lit(resolved), tickets, overdue, hours, lit(evaluations), satisfaction, participants, volunteerHours};
        Column[] fields = new Column[MEASURES.length + 1];
        fields[0] = day.as("stat_date");
        for (int index = 0; index < MEASURES.length; index++) {
            fields[index + 1] = values[index].cast(eventType(MEASURES[index])).as(MEASURES[index]);
        }
        return struct(fields);
    }

    private static String eventType(String measure)
    {
        return switch (measure) {
            case "resolution_hours_total" -> EVENT_HOURS;
            case "volunteer_hours_total" -> EVENT_VOLUNTEER_HOURS;
            default -> "bigint";
        };
    }

    private static String type(String measure)
    {
        return switch (measure) {
            case "resolution_hours_total" -> HOURS;
            case "volunteer_hours_total" -> VOLUNTEER_HOURS;
            default -> "bigint";
        };
    }
}
