package io.quanyu.transform.quality;

import java.util.List;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * One data test on one table for one day: a query returning the rows that break its rule.
 *
 * @param column the column tested, or null for tests of several columns or of the whole table
 * @param rowCondition for a test of each row on its own, what a failing row of {@code t} meets; null for other tests
 * @param join for a row test that looks a row up elsewhere, the left join to a relation with at most one row per row of
 *     {@code t} that its condition reads; null for others
 * @param counted the query whose rows are counted as failing, when it is not {@code sql} itself but gives the same rows
 */
public record DataTest(String table, String name, String kind, String column, String severity, String sql, String rowCondition, String join, String counted)
{
    /** A test of each row on its own, which can be counted together with the table's other such tests in one scan. */
    static DataTest ofRows(String table, String name, String kind, String column, String scope, String rowCondition)
    {
        return new DataTest(table, name, kind, column, "error", "select * from %s as t where %s".formatted(scope, rowCondition), rowCondition, null, null);
    }

    /**
     * A relationship test, counted with the row tests: each row is looked up among the distinct referenced keys by a
     * left join, which keeps every row once. Its SQL, for a person to run, is the plain {@code not exists} query.
     */
    static DataTest ofReference(String table, String column, String scope, String referencedTable, String referencedColumn)
    {
        String alias = "r_" + column;
        String sql = "select t.%1$s from %2$s as t where t.%1$s is not null and not exists (select 1 from %3$s as r where r.%4$s = t.%1$s)"
                .formatted(column, scope, referencedTable, referencedColumn);
        String join = "left join (select distinct r.%1$s as k from %2$s as r) as %3$s on %3$s.k = t.%4$s".formatted(referencedColumn, referencedTable, alias, column);
        return new DataTest(table, "relationships_" + column, "relationships", column, "error", sql, "t.%s is not null and %s.k is null".formatted(column, alias), join, null);
    }

    /**
     * A unique key test. Its SQL, for a person to run, groups the rows by the key; counted, the rows are first grouped
     * by a 64-bit hash of the key, and only the keys of a hash met more than once, nearly always none, by the key.
     */
    static DataTest ofUniqueKey(String table, List<String> key, String scope)
    {
        String columns = key.stream().map(column -> "t." + column).collect(Collectors.joining(", "));
        String sql = "select %1$s, count(*) as copies from %2$s as t group by %1$s having count(*) > 1".formatted(columns, scope);
        // the hashes met twice are broadcast, so the rows are read twice but shuffled only as hashes
        String counted = ("select /*+ broadcast(d) */ %1$s, count(*) as copies from %2$s as t left semi join "
                + "(select h.hash from (select xxhash64(%1$s) as hash from %2$s as t) as h group by h.hash having count(*) > 1) as d "
                + "on xxhash64(%1$s) = d.hash group by %1$s having count(*) > 1").formatted(columns, scope);
        return new DataTest(table, "unique_" + String.join("_", key), "unique", null, "error", sql, null, null, counted);
    }

    DataTest(String table, String name, String kind, String column, String severity, String sql)
    {
        this(table, name, kind, column, severity, sql, null, null, null);
    }

    public DataTest
    {
        requireNonNull(table, "table is null");
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(sql, "sql is null");
        counted = counted == null ? sql : counted;
    }

    public boolean blocksPublication()
    {
        return severity.equals("error");
    }
}
