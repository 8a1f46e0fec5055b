package io.quanyu.extract.ods;

import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

import java.sql.Date;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Makes a staged load the ODS table's content for its logical date, in one Iceberg commit: a re-run of the date
 * replaces it, never adds to it. Then removes the staged chunks.
 */
public class OdsPublishTasklet
        implements Tasklet
{
    private static final Logger log = LoggerFactory.getLogger(OdsPublishTasklet.class);

    private final SparkSession spark;
    private final WarehouseTables tables;
    private final OdsStagingArea staging;
    private final OdsLoad load;

    public OdsPublishTasklet(SparkSession spark, WarehouseTables tables, OdsStagingArea staging, OdsLoad load)
    {
        this.spark = requireNonNull(spark, "spark is null");
        this.tables = requireNonNull(tables, "tables is null");
        this.staging = requireNonNull(staging, "staging is null");
        this.load = requireNonNull(load, "load is null");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
    {
        StructType schema = WarehouseTables.schema(tables.definition(load.table()));
        java.util.List<String> chunks = staging.chunkFolders(load).stream().map(Object::toString).toList();
        Dataset<Row> staged = chunks.isEmpty()
                ? spark.createDataFrame(java.util.List.of(), schema)
                : spark.read().schema(schema).parquet(chunks.toArray(String[]::new));
        long rows = staged.count();
        tables.replaceWhere(load.table(), col("logical_date").equalTo(lit(Date.valueOf(load.logicalDate()))), staged);
        contribution.incrementWriteCount(rows);
        staging.clear(load);
        log.info("published {} rows into {} for {} (load {})", rows, load.table(), load.logicalDate(), load.loadId());
        return RepeatStatus.FINISHED;
    }
}
