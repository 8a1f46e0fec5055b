package io.quanyu.transform.quality;

import static java.util.Objects.requireNonNull;

/**
 * One data test on one table for one day: a query returning the rows that break its rule.
 *
 * @param column the column tested, or null for tests of several columns or of the whole table
 * @param rowCondition for a test of each row on its own, what a failing row of {@code t} meets; null for other tests
 */
public record DataTest(String table, String name, String kind, String column, String severity, String sql, String rowCondition)
{
    /** A test of each row on its own, which can be counted together with the table's other such tests in one scan. */
    static DataTest ofRows(String table, String name, String kind, String column, String scope, String rowCondition)
    {
        return new DataTest(table, name, kind, column, "error", "select * from %s as t where %s".formatted(scope, rowCondition), rowCondition);
    }

    DataTest(String table, String name, String kind, String column, String severity, String sql)
    {
        this(table, name, kind, column, severity, sql, null);
    }

    public DataTest
    {
        requireNonNull(table, "table is null");
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(sql, "sql is null");
    }

    public boolean blocksPublication()
    {
        return severity.equals("error");
    }
}
