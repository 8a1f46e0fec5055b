package io.quanyu.extract.jdbc;

import io.quanyu.extract.ods.SourceRecord;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Maps a source database's rows to source records: every column as the database renders it as text under its
 * lower-case name, the location as {@code table:key=value}, the raw record as JSON. The column names and types are
 * read once per result set, not once per row: asking for them and lower-casing them was a tenth of a load's reading.
 */
public final class SourceRowMapper
        implements RowMapper<SourceRecord>
{
    private final String table;
    private final String key;
    private final LocalDate logicalDate;
    private ResultSet described;
    private String[] names;
    private int[] types;

    public SourceRowMapper(String table, String key, LocalDate logicalDate)
    {
        this.table = requireNonNull(table, "table is null");
        this.key = requireNonNull(key, "key is null");
        this.logicalDate = requireNonNull(logicalDate, "logicalDate is null");
    }

    @Override
    public SourceRecord mapRow(ResultSet resultSet, int rowNumber)
            throws SQLException
    {
        if (resultSet != described) {
            describe(resultSet);
        }
        Map<String, String> fields = new LinkedHashMap<>(names.length * 2);
        for (int column = 0; column < names.length; column++) {
            fields.put(names[column], text(resultSet, column + 1, types[column]));
        }
        return new SourceRecord(table + ":" + key + "=" + fields.get(key), fields, JdbcSourceReaders.json(fields), logicalDate);
    }

    private void describe(ResultSet resultSet)
            throws SQLException
    {
        ResultSetMetaData metadata = resultSet.getMetaData();
        names = new String[metadata.getColumnCount()];
        types = new int[names.length];
        for (int column = 0; column < names.length; column++) {
            names[column] = metadata.getColumnLabel(column + 1).toLowerCase(Locale.ROOT);
            types[column] = metadata.getColumnType(column + 1);
        }
        described = resultSet;
    }

    /** A value as text the same whatever the database: PostgreSQL writes a boolean as {@code t}, H2 as {@code TRUE}. */
    private static String text(ResultSet resultSet, int column, int type)
            throws SQLException
    {
        if (type == Types.BOOLEAN || type == Types.BIT) {
            boolean value = resultSet.getBoolean(column);
            return resultSet.wasNull() ? null : Boolean.toString(value);
        }
        return resultSet.getString(column);
    }
}
