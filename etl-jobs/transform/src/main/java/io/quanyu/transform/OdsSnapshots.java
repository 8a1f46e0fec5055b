package io.quanyu.transform;

import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.LocalDate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/** The newest load, on or before a day, of an ODS table whose source is read whole on every logical date. */
public final class OdsSnapshots
{
    private OdsSnapshots() {}

    /** The newest load's rows, none when there is no load. */
    public static Dataset<Row> newestLoad(WarehouseTables tables, String table, LocalDate day)
    {
        return tables.newestLoadDate(table, day).map(newest -> load(tables, table, newest)).orElseGet(() -> tables.read(table).limit(0));
    }

    /** One load's rows, read by a literal date, so only its partition is scanned. */
    public static Dataset<Row> load(WarehouseTables tables, String table, LocalDate loadDate)
    {
        return tables.read(table).where(col("logical_date").equalTo(lit(Date.valueOf(loadDate))));
    }
}
