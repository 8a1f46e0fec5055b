package io.quanyu.transform.event;

import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.WarehouseSessionFactory;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.sql.Timestamp;
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

    /** In the warehouse's time zone, as the day's end is: the rows are made before the session sets it as the default. */
    static Timestamp time(LocalDateTime time)
    {
        return time == null ? null : Timestamp.from(time.atZone(ZoneId.of(WarehouseSessionFactory.TIME_ZONE)).toInstant());
    }
}
