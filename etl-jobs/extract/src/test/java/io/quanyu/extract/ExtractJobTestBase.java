package io.quanyu.extract;

import org.apache.spark.sql.SparkSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The extract jobs booted against the shared simulated district: one Spring context and one Spark session per JVM. */
@SpringBootTest(classes = ExtractTestApplication.class)
abstract class ExtractJobTestBase
{
    @Autowired
    protected ExtractJobs jobs;

    @Autowired
    protected SparkSession spark;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry)
    {
        ExtractJobTestSupport.register(registry);
    }
}
