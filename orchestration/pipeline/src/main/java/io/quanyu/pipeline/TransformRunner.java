package io.quanyu.pipeline;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.DailyWarehouseBuild;
import org.apache.spark.sql.SparkSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Builds, tests and publishes the warehouse for a logical date. */
@Component
class TransformRunner
{
    private final DailyWarehouseBuild build;

    TransformRunner(SparkSession spark, WarehouseTables tables, @Value("${quanyu.transform.threads:" + DailyWarehouseBuild.DEFAULT_THREADS + "}") int threads)
    {
        this.build = DailyWarehouseBuild.standard(spark, tables, threads);
    }

    void transform(LocalDate logicalDate)
    {
        build.build(logicalDate, System.out::println);
    }
}
