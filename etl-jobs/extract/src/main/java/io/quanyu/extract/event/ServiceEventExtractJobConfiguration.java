package io.quanyu.extract.event;

import io.quanyu.extract.ExtractProperties;
import io.quanyu.extract.ods.OdsSteps;
import io.quanyu.extract.spark.SourceTable;
import org.springframework.batch.core.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Extracts the governance platform's service events (a relational table whose rows change status over days) by
 * {@code updated_at}: each load takes the events changed since the previous load, so a late change to an old event
 * arrives on the day it was made. Grid codes are checked against the grids loaded, so the grid platforms go first.
 * The table is the largest source (1.8 million rows for Ningbo's three years), more than one chunk-step thread reads at
 * 25,000 rows a second per core, so Spark stages it from key ranges read in parallel.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceEventExtractJobConfiguration
{
    public static final String JOB_NAME = "serviceEventExtractJob";
    public static final String SOURCE_SYSTEM = "governance-platform";

    @Bean(JOB_NAME)
    public Job serviceEventExtractJob(OdsSteps steps, ExtractProperties properties)
    {
        ExtractProperties.Database database = properties.sources().governance();
        return steps.job(JOB_NAME, steps.sparkLoad(SOURCE_SYSTEM, "ods_service_event", new SourceTable(database, "service_event", "event_id", "updated_at")));
    }
}
