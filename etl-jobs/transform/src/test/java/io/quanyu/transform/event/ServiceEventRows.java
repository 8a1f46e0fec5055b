package io.quanyu.transform.event;

import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.WarehouseSessionFactory;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Rows of {@code ods_service_event} for the event tests. */
final class ServiceEventRows
{
    private ServiceEventRows() {}

    static Dataset<Row> events(SparkSession spark, Row... rows)
    {
        return spark.createDataFrame(List.of(rows), WarehouseTables.schema(WarehouseCatalogue.load().table("ods_service_event")));
    }

    /** A ticket of the 12345 line in one community, loaded on the day, reported, dispatched and responded at once. */
    static Row ticket(String id, LocalDate loadDay, String status, LocalDateTime reported, LocalDateTime resolved, LocalDateTime updated)
    {
        return RowFactory.create(id, "12345市民诉求", "噪音扰民", "330203001001", null, "12345热线", time(reported), time(reported), time(reported), time(resolved),
                null, time(reported.plusDays(10)), status, null, 0, "城管", null, null, time(reported), time(updated),
                "governance-platform", "service_event:event_id=" + id, "load-" + loadDay, Date.valueOf(loadDay), new Timestamp(0));
    }

    /** The audit row of the day's event load, finished at the instant given. */
    static Dataset<Row> audit(SparkSession spark, LocalDate day, long finishedAtMillis)
    {
        Row row = RowFactory.create("load-" + day, "governance-platform", "ods_service_event", Date.valueOf(day), null,
                Timestamp.valueOf(day.plusDays(1).atStartOfDay()), 1L, 1L, 0L, new Timestamp(finishedAtMillis));
        return spark.createDataFrame(List.of(row), WarehouseTables.schema(WarehouseCatalogue.load().table("ops_load_audit")));
    }

    static LocalDateTime at(int month, int day)
    {
        return LocalDateTime.of(2026, month, day, 9, 0);
    }

    /** In the warehouse's time zone, as the day's end is: the rows are made before the session sets it as the default. */
    static Timestamp time(LocalDateTime time)
    {
        return time == null ? null : Timestamp.from(time.atZone(ZoneId.of(WarehouseSessionFactory.TIME_ZONE)).toInstant());
    }
}
