package io.quanyu.transform.quality;

import static java.util.Objects.requireNonNull;

/**
 * One data test on one table for one day: a query returning the rows that break its rule.
 *
 * @param column the column tested, or null for tests of several columns or of the whole table
 */
public record DataTest(String table, String name, String kind, String column, String severity, String sql)
{
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
