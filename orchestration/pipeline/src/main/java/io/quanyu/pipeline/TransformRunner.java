package io.quanyu.pipeline;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import io.quanyu.transform.calendar.DateDimensionJob;
import io.quanyu.transform.organization.OrganizationDimensionJob;
import io.quanyu.transform.organization.PartyOrganizationDailyJob;
import io.quanyu.transform.region.RegionDimensionJob;
import org.apache.spark.sql.SparkSession;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** Runs the Spark transform jobs for a logical date, dimensions before facts. */
@Component
class TransformRunner
{
    private final List<TransformJob> jobs;

    TransformRunner(SparkSession spark, WarehouseTables tables)
    {
        this.jobs = List.of(new DateDimensionJob(spark, tables), new RegionDimensionJob(tables), new OrganizationDimensionJob(tables),
                new PartyOrganizationDailyJob(tables));
    }

    void transform(LocalDate logicalDate)
    {
        for (TransformJob job : jobs) {
            long start = System.nanoTime();
            long rows = job.run(logicalDate);
            System.out.printf("[transform] %-28s %s: wrote %,d rows in %.1f s%n", job.table(), logicalDate, rows, (System.nanoTime() - start) / 1e9);
        }
    }
}
