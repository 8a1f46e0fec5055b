package io.quanyu.transform.reference;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.SparkSession;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** Rewrites a reference table from the rows its file declares; the same for every logical date. */
public final class ReferenceTableJob
        implements TransformJob
{
    private final SparkSession spark;
    private final WarehouseTables tables;
    private final String table;

    public ReferenceTableJob(SparkSession spark, WarehouseTables tables, String table)
    {
        this.spark = requireNonNull(spark, "spark is null");
        this.tables = requireNonNull(tables, "tables is null");
        this.table = requireNonNull(table, "table is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        return tables.replaceAll(table, ReferenceTableBuilder.build(spark, tables.definition(table)));
    }

    @Override
    public String table()
    {
        return table;
    }
}
