package io.quanyu.extract.ods;

import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamWriter;

import static java.util.Objects.requireNonNull;

/**
 * Stages each chunk of ODS rows as Parquet. The count of staged rows is kept in the step's execution context, which
 * Spring Batch commits with the chunk: after a kill, the restarted step re-stages the uncommitted chunk under the same
 * name, replacing any partial copy.
 */
public class OdsChunkWriter
        implements ItemStreamWriter<Row>
{
    private static final String STAGED_ROWS = "ods.staged.rows";

    private final SparkSession spark;
    private final StructType schema;
    private final OdsStagingArea staging;
    private final OdsLoad load;
    private long stagedRows;

    public OdsChunkWriter(SparkSession spark, WarehouseTables tables, OdsStagingArea staging, OdsLoad load)
    {
        this.spark = requireNonNull(spark, "spark is null");
        this.schema = WarehouseTables.schema(tables.definition(load.table()));
        this.staging = requireNonNull(staging, "staging is null");
        this.load = requireNonNull(load, "load is null");
    }

    @Override
    public void open(ExecutionContext context)
    {
        stagedRows = context.getLong(STAGED_ROWS, 0L);
    }

    @Override
    public void update(ExecutionContext context)
    {
        context.putLong(STAGED_ROWS, stagedRows);
    }

    @Override
    public void write(Chunk<? extends Row> chunk)
    {
        spark.createDataFrame(java.util.List.copyOf(chunk.getItems()), schema)
                .coalesce(1)
                .write()
                .mode(SaveMode.Overwrite)
                .parquet(staging.chunkFolder(load, stagedRows).toString());
        stagedRows += chunk.size();
    }
}
