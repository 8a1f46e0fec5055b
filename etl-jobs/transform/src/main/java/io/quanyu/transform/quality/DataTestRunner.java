package io.quanyu.transform.quality;

import io.quanyu.schema.TableDefinition;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Runs the data tests of the tables built for a day and records every outcome in {@code ops_data_test_result},
 * replacing the day's earlier results for those tables.
 */
public final class DataTestRunner
{
    private static final String RESULTS = "ops_data_test_result";

    private final SparkSession spark;
    private final WarehouseTables tables;

    public DataTestRunner(SparkSession spark, WarehouseTables tables)
    {
        this.spark = requireNonNull(spark, "spark is null");
        this.tables = requireNonNull(tables, "tables is null");
    }

    public DataTestReport run(List<String> tableNames, LocalDate day)
    {
        Timestamp checkedAt = Timestamp.from(Instant.now());
        List<DataTestResult> results = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (String tableName : tableNames) {
            List<DataTest> tests = DataTests.of(tables.definition(tableName), day, tables.catalogue());
            long[] failing = failingRows(tests);
            for (int index = 0; index < tests.size(); index++) {
                DataTest test = tests.get(index);
                results.add(new DataTestResult(test, failing[index]));
                rows.add(RowFactory.create(Date.valueOf(day), test.table(), test.name(), test.kind(), test.column(), test.severity(), failing[index],
                        failing[index] == 0, test.sql(), checkedAt));
            }
        }
        tables.replaceWhere(RESULTS, col("logical_date").equalTo(lit(Date.valueOf(day))).and(col("table_name").isin(tableNames.toArray())),
                spark.createDataFrame(rows, WarehouseTables.schema(tables.definition(RESULTS))));
        return new DataTestReport(day, results);
    }

    /** The failing rows of each of a table's tests, counted in one query: one Spark job per table, not one per test. */
    private long[] failingRows(List<DataTest> tests)
    {
        long[] failing = new long[tests.size()];
        if (tests.isEmpty()) {
            return failing;
        }
        String counts = IntStream.range(0, tests.size())
                .mapToObj(index -> "select %d as test_index, count(*) as failing from (%s) as failing_%d".formatted(index, tests.get(index).sql(), index))
                .collect(Collectors.joining("\nunion all\n"));
        for (Row row : spark.sql(counts).collectAsList()) {
            failing[row.getInt(0)] = row.getLong(1);
        }
        return failing;
    }
}
