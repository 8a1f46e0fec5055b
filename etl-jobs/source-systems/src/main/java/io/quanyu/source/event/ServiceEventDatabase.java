package io.quanyu.source.event;

import io.quanyu.source.SourceDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;

import static java.util.Objects.requireNonNull;

/**
 * The governance platform's database (基层治理平台): table {@code service_event}, one row per event, changed in place
 * as the event moves through its loop ({@code updated_at} says when). H2 file by default; plain SQL that PostgreSQL
 * loads too.
 */
public final class ServiceEventDatabase
        implements AutoCloseable
{
    static final String SCHEMA = """
            create table service_event (
                event_id varchar(32) primary key,
                event_type varchar(16) not null,
                title varchar(200) not null,
                division_code varchar(12) not null,
                grid_code varchar(15),
                channel varchar(16) not null,
                reported_at timestamp not null,
                dispatched_at timestamp,
                responded_at timestamp,
                resolved_at timestamp,
                evaluated_at timestamp,
                deadline_at timestamp,
                status varchar(16) not null,
                satisfaction integer,
                reopened_count integer not null,
                handling_department varchar(64),
                participants integer,
                volunteer_hours decimal(10, 1),
                created_at timestamp not null,
                updated_at timestamp not null
            )""";
    private static final int BATCH = 5_000;

    private final Connection connection;
    private final PreparedStatement insert;
    private int pending;

    public ServiceEventDatabase(SourceDatabase database)
            throws SQLException
    {
        connection = requireNonNull(database, "database is null").connect();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists service_event");
            statement.execute(SCHEMA);
            statement.execute("create index service_event_updated_at on service_event (updated_at)");
        }
        insert = connection.prepareStatement("insert into service_event values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    public void insert(ServiceEvent event)
            throws SQLException
    {
        insert.setString(1, event.id());
        insert.setString(2, event.type().label());
        insert.setString(3, event.title());
        insert.setString(4, event.divisionCode());
        insert.setString(5, event.gridCode());
        insert.setString(6, event.channel());
        insert.setTimestamp(7, timestamp(event.reportedAt()));
        insert.setTimestamp(8, timestamp(event.dispatchedAt()));
        insert.setTimestamp(9, timestamp(event.respondedAt()));
        insert.setTimestamp(10, timestamp(event.resolvedAt()));
        insert.setTimestamp(11, timestamp(event.evaluatedAt()));
        insert.setTimestamp(12, timestamp(event.deadlineAt()));
        insert.setString(13, event.status());
        setInteger(14, event.satisfaction());
        insert.setInt(15, event.reopenedCount());
        insert.setString(16, event.department());
        setInteger(17, event.participants());
        if (event.volunteerHours() == null) {
            insert.setNull(18, Types.DECIMAL);
        }
        else {
            insert.setBigDecimal(18, java.math.BigDecimal.valueOf(event.volunteerHours()));
        }
        insert.setTimestamp(19, timestamp(event.createdAt()));
        insert.setTimestamp(20, timestamp(event.updatedAt()));
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    private void flush()
            throws SQLException
    {
        insert.executeBatch();
        connection.commit();
        pending = 0;
    }

    private void setInteger(int index, Integer value)
            throws SQLException
    {
        if (value == null) {
            insert.setNull(index, Types.INTEGER);
        }
        else {
            insert.setInt(index, value);
        }
    }

    private static Timestamp timestamp(LocalDateTime value)
    {
        return value == null ? null : Timestamp.valueOf(value);
    }

    @Override
    public void close()
            throws SQLException
    {
        flush();
        insert.close();
        // H2 keeps the pages of every intermediate commit; compacting at close makes the file about the data's size
        if (connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("shutdown compact");
            }
        }
        connection.close();
    }
}
