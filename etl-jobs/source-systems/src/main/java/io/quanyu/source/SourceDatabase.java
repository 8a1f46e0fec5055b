package io.quanyu.source;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static java.util.Objects.requireNonNull;

/**
 * Where one simulated database lives: an embedded H2 file by default, or any JDBC database given by URL, user and
 * password (the tables are plain SQL that PostgreSQL loads too).
 */
public record SourceDatabase(String url, String user, String password)
{
    public SourceDatabase
    {
        requireNonNull(url, "url is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
    }

    public static SourceDatabase h2(java.nio.file.Path file)
    {
        return new SourceDatabase("jdbc:h2:file:" + file.toAbsolutePath().normalize(), "sa", "");
    }

    public boolean embedded()
    {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL a reader uses: an embedded file must exist already, rather than be created empty by the first reader. */
    public String readerUrl()
    {
        return embedded() ? url + ";IFEXISTS=TRUE" : url;
    }

    public Connection connect()
            throws SQLException
    {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public String toString()
    {
        return url + " as " + user;
    }
}
