package io.quanyu.schema;

import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * A table's own data test, declared beside its columns: a query returning the rows that break a rule, so zero rows
 * pass. The query names the table as {@code ${table}} and the day being built as {@code ${logical_date}}.
 *
 * @param severity {@code error} stops the day from being published; {@code warn} is recorded and reported only
 */
public record DataTestDefinition(String name, String severity, String description, String sql)
        implements java.io.Serializable
{
    public DataTestDefinition
    {
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        requireNonNull(sql, "sql is null");
        severity = severity == null ? "error" : severity.toLowerCase(Locale.ROOT);
        if (!severity.equals("error") && !severity.equals("warn")) {
            throw new IllegalArgumentException("data test %s has severity %s, not error or warn".formatted(name, severity));
        }
    }
}
