package io.quanyu.transform.event;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.time.LocalDate;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.trunc;

/**
 * A day of {@code dwd_service_event} from the table as built for an earlier day and the event loads since: only the
 * months reported that change are rewritten, and they come out as the full build of the day would make them.
 */
public final class ServiceEventIncrementBuilder
{
    private static final String PRIOR_ID = "_prior_id";
    private static final String PRIOR_UPDATED_AT = "_prior_updated_at";
    private static final String PRIOR_REPORTED_ON = "_prior_reported_on";
    private static final String WINNER_ID = "_winner_id";

    private ServiceEventIncrementBuilder() {}

    /**
     * The events built from the loads after the table's day that are new or replace the table's row, with the month
     * of the row they replace ({@code _prior_reported_on}). The full build keeps an event's row changed last, then
     * loaded last: a newer load's row wins unless it was changed earlier than the table's.
     *
     * @param built {@link ServiceEventSnapshotBuilder#build} of the rows loaded after the table's day
     */
    public static Dataset<Row> winners(Dataset<Row> built, Dataset<Row> table)
    {
        // the table's rows of these events first, by a semi-join that can only ever broadcast the events: the outer join
        // below may broadcast its right side, and a table the builds wrote may report no size (its Iceberg summary
        // totals read 0), which once sent 18 million rows to be broadcast
        Dataset<Row> prior = table.select(col("event_id").as(PRIOR_ID), col("updated_at").as(PRIOR_UPDATED_AT), col("reported_on").as(PRIOR_REPORTED_ON))
                .join(built.select(col("event_id")), col(PRIOR_ID).equalTo(col("event_id")), "left_semi");
        return built.join(prior, col("event_id").equalTo(col(PRIOR_ID)), "left")
                .where(col(PRIOR_ID).isNull().or(col("updated_at").geq(col(PRIOR_UPDATED_AT))))
                .drop(PRIOR_ID, PRIOR_UPDATED_AT);
    }

    /**
     * The first days of the months to rewrite: where a winner is reported or its replaced row was, and where an open
     * ticket's deadline passed after the end of the table's day, which makes it overdue on the new day.
     */
    public static Dataset<Row> months(Dataset<Row> winners, Dataset<Row> table, LocalDate tableDay, LocalDate day)
    {
        Column lapsed = col("is_ticket").and(not(col("is_resolved")))
                .and(col("deadline_at").geq(lit(ServiceEventSnapshotBuilder.endOfDay(tableDay))))
                .and(col("deadline_at").lt(lit(ServiceEventSnapshotBuilder.endOfDay(day))));
        return winners.select(trunc(col("reported_on"), "month").as("month"))
                .union(winners.where(col(PRIOR_REPORTED_ON).isNotNull()).select(trunc(col(PRIOR_REPORTED_ON), "month")))
                .union(table.where(lapsed).select(trunc(col("reported_on"), "month")))
                .distinct();
    }

    /** The rows of the months: the table's rows there that no winner replaces, overdue as of the day, and the winners. */
    public static Dataset<Row> rewrite(Dataset<Row> table, Dataset<Row> winners, List<LocalDate> months, LocalDate day)
    {
        Dataset<Row> kept = table.where(inMonths(months))
                .join(winners.select(col("event_id").as(WINNER_ID)), col("event_id").equalTo(col(WINNER_ID)), "left_anti")
                .withColumn("is_overdue", ServiceEventSnapshotBuilder.overdue(col("is_ticket"), col("is_resolved"), day));
        return kept.unionByName(winners.drop(PRIOR_REPORTED_ON));
    }

    /** The rows reported in the months, as ranges of {@code reported_on} that select whole month partitions. */
    public static Column inMonths(List<LocalDate> months)
    {
        return MonthPartitions.inMonths(col("reported_on"), months);
    }
}
