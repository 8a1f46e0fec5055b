package io.quanyu.transform.event;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.unix_timestamp;

/** The service events as an accumulating snapshot: each event's latest state up to a day, with its durations and flags. */
public final class ServiceEventSnapshotBuilder
{
    private static final String REVISED_ID = "_revised_id";
    private static final String NEWEST = "_newest";
    private static final String OTHER_LOAD_ID = "_other_load_id";

    private ServiceEventSnapshotBuilder() {}

    /** @param loaded rows of {@code ods_service_event}, from any number of loads */
    public static Dataset<Row> build(Dataset<Row> loaded, LocalDate logicalDate)
    {
        Dataset<Row> through = through(loaded, logicalDate);
        return build(through, revisions(through), logicalDate);
    }

    /** The rows of the loads up to the logical date. */
    public static Dataset<Row> through(Dataset<Row> loaded, LocalDate logicalDate)
    {
        return loaded.where(col("logical_date").leq(lit(Date.valueOf(logicalDate))));
    }

    /**
     * The events loaded more than once, each with its newest version: of its rows, the one changed last, then loaded
     * last, then read last. Only their keys and versions are grouped, not the rows.
     */
    public static Dataset<Row> revisions(Dataset<Row> through)
    {
        return through.groupBy(col("event_id").as(REVISED_ID))
                .agg(count(lit(1)).as("_versions"), max(version()).as(NEWEST))
                .where(col("_versions").gt(1))
                .drop("_versions");
    }

    /**
     * {@link #revisions(Dataset)} without grouping the largest load's rows: a load holds an event at most once (the
     * table's unique key), so an event of it loaded more than once is in another load too, and only its rows of those
     * events, found by a semi-join, are grouped with the other loads' rows. A first build, of one load, groups none.
     *
     * @param largestLoad the logical date of the load with the most rows
     */
    public static Dataset<Row> revisions(Dataset<Row> through, LocalDate largestLoad)
    {
        Column inLargest = col("logical_date").equalTo(lit(Date.valueOf(largestLoad)));
        Dataset<Row> others = through.where(not(inLargest));
        Dataset<Row> againInLargest = through.where(inLargest)
                .join(others.select(col("event_id").as(OTHER_LOAD_ID)), col("event_id").equalTo(col(OTHER_LOAD_ID)), "left_semi");
        return revisions(others.unionByName(againInLargest));
    }

    /**
     * @param through from {@link #through}
     * @param revisions from {@link #revisions} of the same rows: a join with few revisions, once Spark knows they are
     *     few, sends them to the rows rather than the rows to them
     */
    public static Dataset<Row> build(Dataset<Row> through, Dataset<Row> revisions, LocalDate logicalDate)
    {
        Column resolved = col("status").isin("已办结", "已评价", "已完成");
        Column ticket = col("deadline_at").isNotNull();
        return through.join(revisions, col("event_id").equalTo(col(REVISED_ID)), "left")
                .where(col(REVISED_ID).isNull().or(version().equalTo(col(NEWEST))))
                .select(
                        col("event_id"),
                        col("event_type"),
                        ticket.as("is_ticket"),
                        col("title"),
                        col("division_code").as("region_code"),
                        col("grid_code"),
                        col("channel"),
                        col("status"),
                        col("reported_at"),
                        col("dispatched_at"),
                        col("responded_at"),
                        col("resolved_at"),
                        col("evaluated_at"),
                        col("deadline_at"),
                        to_date(col("reported_at")).as("reported_on"),
                        to_date(col("resolved_at")).as("resolved_on"),
                        unix_timestamp(col("responded_at")).minus(unix_timestamp(col("reported_at"))).divide(60).cast("bigint").as("response_minutes"),
                        unix_timestamp(col("resolved_at")).minus(unix_timestamp(col("reported_at"))).divide(3600.0).cast("decimal(12,2)")
                                .as("resolution_hours"),
                        resolved.as("is_resolved"),
                        overdue(ticket, resolved, logicalDate).as("is_overdue"),
                        col("satisfaction"),
                        col("reopened_count"),
                        col("handling_department"),
                        col("participants"),
                        col("volunteer_hours"),
                        col("updated_at"));
    }

    /** A ticket resolved after its deadline, or still open past it at the end of the day. */
    static Column overdue(Column ticket, Column resolved, LocalDate day)
    {
        return ticket.and(resolved.and(col("resolved_at").gt(col("deadline_at")))
                .or(not(resolved).and(col("deadline_at").lt(lit(endOfDay(day))))));
    }

    static Timestamp endOfDay(LocalDate day)
    {
        return Timestamp.valueOf(day.plusDays(1).atStartOfDay());
    }

    private static Column version()
    {
        return struct(col("updated_at"), col("logical_date"), col("source_location"));
    }
}
