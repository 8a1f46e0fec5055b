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
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
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

    /** Runs the tables' tests one table after another and records them. */
    public DataTestReport run(List<String> tableNames, LocalDate day)
    {
        return record(day, tableNames, tableNames.stream().flatMap(tableName -> test(tableName, day).stream()).toList());
    }

    /** The outcome of each of a table's tests on the day, in one Spark job; nothing is recorded yet. */
    public List<DataTestResult> test(String tableName, LocalDate day)
    {
        List<DataTest> tests = DataTests.of(tables.definition(tableName), day, tables.catalogue());
        long[] failing = failingRows(tests, DataTests.scope(tables.definition(tableName), day));
        return IntStream.range(0, tests.size()).mapToObj(index -> new DataTestResult(tests.get(index), failing[index])).toList();
    }

    /** The other tables a table's tests read: its tests can run once those are built too. */
    public Set<String> tablesRead(String tableName, LocalDate day)
    {
        List<DataTest> tests = DataTests.of(tables.definition(tableName), day, tables.catalogue());
        return tables.catalogue().tables().stream()
                .filter(table -> !table.name().equals(tableName))
                .filter(table -> {
                    Pattern name = Pattern.compile("\\b" + Pattern.quote(table.qualifiedName()) + "\\b");
                    return tests.stream().anyMatch(test -> name.matcher(test.sql()).find());
                })
                .map(TableDefinition::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Records the results of the tables' tests for the day, replacing what their earlier tests of the day recorded. */
    public DataTestReport record(LocalDate day, List<String> tableNames, List<DataTestResult> results)
    {
        Timestamp checkedAt = Timestamp.from(Instant.now());
        List<Row> rows = results.stream()
                .map(result -> RowFactory.create(Date.valueOf(day), result.test().table(), result.test().name(), result.test().kind(), result.test().column(),
                        result.test().severity(), result.failingRows(), result.passed(), result.test().sql(), checkedAt))
                .toList();
        tables.replaceWhere(RESULTS, col("logical_date").equalTo(lit(Date.valueOf(day))).and(col("table_name").isin(tableNames.toArray())),
                spark.createDataFrame(rows, WarehouseTables.schema(tables.definition(RESULTS))));
        return new DataTestReport(day, results);
    }

    /**
     * The failing rows of each of a table's tests in one Spark job: the tests of single rows, and of their references,
     * counted together in one scan of the table, each other test a query of its own.
     */
    private long[] failingRows(List<DataTest> tests, String scope)
    {
        long[] failing = new long[tests.size()];
        List<String> queries = new ArrayList<>();
        List<Integer> rowTests = IntStream.range(0, tests.size()).filter(index -> tests.get(index).rowCondition() != null).boxed().toList();
        if (!rowTests.isEmpty()) {
            String counts = rowTests.stream()
                    .map(index -> "count_if(%s) as failing_%d".formatted(tests.get(index).rowCondition(), index))
                    .collect(Collectors.joining(", "));
            String rows = rowTests.stream()
                    .map(index -> "named_struct('test_index', %d, 'failing', failing_%d)".formatted(index, index))
                    .collect(Collectors.joining(", "));
            String joins = rowTests.stream().map(index -> tests.get(index).join()).filter(Objects::nonNull).map(join -> " " + join).collect(Collectors.joining());
            queries.add("select inline(array(%s)) from (select %s from %s as t%s) as counted".formatted(rows, counts, scope, joins));
        }
        IntStream.range(0, tests.size()).filter(index -> tests.get(index).rowCondition() == null)
                .mapToObj(index -> "select %d as test_index, count(*) as failing from (%s) as failing_%d".formatted(index, tests.get(index).counted(), index))
                .forEach(queries::add);
        if (queries.isEmpty()) {
            return failing;
        }
        for (Row row : spark.sql(String.join("\nunion all\n", queries)).collectAsList()) {
            failing[row.getInt(0)] = row.getLong(1);
        }
        return failing;
    }
}
