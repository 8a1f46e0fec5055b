package io.quanyu.extract.spark;

import io.quanyu.extract.ExtractProperties;
import io.quanyu.extract.ods.LoadWindow;
import io.quanyu.extract.ods.WindowKind;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * A table of a source database as the Spark stage reads it, split into key ranges of about equal size: the rows
 * changed in a window, or the whole table when it keeps no change time (a null {@code changedColumn}).
 *
 * @param key the table's primary key
 */
public record SourceTable(ExtractProperties.Database database, String table, String key, String changedColumn)
{
    static final long MOST_ROWS_READ_AS_ONE_PART = 50_000;
    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);

    public SourceTable
    {
        requireNonNull(database, "database is null");
        requireNonNull(table, "table is null");
        requireNonNull(key, "key is null");
    }

    /** A table without a change time, read whole by every load. */
    public static SourceTable snapshot(ExtractProperties.Database database, String table, String key)
    {
        return new SourceTable(database, table, key, null);
    }

    public WindowKind windowKind()
    {
        return changedColumn == null ? WindowKind.SNAPSHOT : WindowKind.CHANGES;
    }

    String windowCondition(LoadWindow window)
    {
        if (changedColumn == null) {
            return "1 = 1";
        }
        String before = "%s < timestamp '%s'".formatted(changedColumn, LITERAL.format(window.end()));
        // as the chunk reader does, a first load also takes rows without a change time, for validation to reject
        return window.start() == null
                ? "(%s or %s is null)".formatted(before, changedColumn)
                : before + " and %s >= timestamp '%s'".formatted(changedColumn, LITERAL.format(window.start()));
    }

    long count(String condition)
            throws SQLException
    {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from %s where %s".formatted(table, condition))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The window's condition with each of the key ranges that split the table into about equal parts, in key order (the
     * first load's read order), or the condition alone for a window of at most {@value #MOST_ROWS_READ_AS_ONE_PART}
     * rows, such as a day's changes: a key range would make the database walk the key's index through a quarter of the
     * table instead of taking the few rows from the change time's. Both go to the database: a condition on a subquery
     * may not reach its table.
     */
    String[] partitions(String condition, long rows, int maximumParts)
            throws SQLException
    {
        if (rows <= MOST_ROWS_READ_AS_ONE_PART) {
            return new String[] {condition};
        }
        return java.util.Arrays.stream(keyRanges(maximumParts)).map(range -> "(%s) and %s".formatted(range, condition)).toArray(String[]::new);
    }

    private String[] keyRanges(int parts)
            throws SQLException
    {
        List<String> bounds = new ArrayList<>();
        try (Connection connection = connect()) {
            long rows;
            try (Statement statement = connection.createStatement(); ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                count.next();
                rows = count.getLong(1);
            }
            // ordered by the primary key alone, which its index gives without a sort
            try (PreparedStatement bound = connection.prepareStatement("select %s from %s order by %s offset ? rows fetch next 1 rows only".formatted(key, table, key))) {
                for (int part = 1; part < parts && rows >= parts; part++) {
                    bound.setLong(1, rows * part / parts);
                    try (ResultSet value = bound.executeQuery()) {
                        if (value.next()) {
                            bounds.add(value.getString(1).replace("'", "''"));
                        }
                    }
                }
            }
        }
        if (bounds.isEmpty()) {
            return new String[] {"1 = 1"};
        }
        List<String> ranges = new ArrayList<>();
        ranges.add("%s < '%s'".formatted(key, bounds.get(0)));
        for (int index = 1; index < bounds.size(); index++) {
            ranges.add("%s >= '%s' and %s < '%s'".formatted(key, bounds.get(index - 1), key, bounds.get(index)));
        }
        ranges.add("%s >= '%s'".formatted(key, bounds.get(bounds.size() - 1)));
        return ranges.toArray(String[]::new);
    }

    private Connection connect()
            throws SQLException
    {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }
}
