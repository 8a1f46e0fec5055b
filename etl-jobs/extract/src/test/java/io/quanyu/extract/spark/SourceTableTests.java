package io.quanyu.extract.spark;

import io.quanyu.extract.ExtractProperties;
import io.quanyu.extract.ods.LoadWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTableTests
{
    private static final ExtractProperties.Database DATABASE = new ExtractProperties.Database("jdbc:h2:mem:source-table-tests;DB_CLOSE_DELAY=-1", "sa", "");
    private static final int ROWS = 60_000;
    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2026, 11, 1, 0, 0);
    private static final SourceTable POINTS = new SourceTable(DATABASE, "member_point", "point_id", "recorded_at");
    private static Connection keptOpen;

    @BeforeAll
    static void givenAPointsTableWithItsChangeTimeIndexed()
            throws SQLException
    {
        keptOpen = connect();
        try (Statement statement = keptOpen.createStatement()) {
            statement.execute("create table member_point (point_id varchar(12) primary key, points integer not null, recorded_at timestamp not null)");
            statement.execute("create index member_point_recorded_at on member_point (recorded_at)");
        }
        // the last day's 100 points come after 59,900 of earlier days
        try (PreparedStatement insert = keptOpen.prepareStatement("insert into member_point values (?, ?, ?)")) {
            for (int row = 0; row < ROWS; row++) {
                insert.setString(1, "P%08d".formatted(row));
                insert.setInt(2, row % 7);
                // a LocalDateTime, not a Timestamp: H2 converts a Timestamp in the zone it saw first, which another test may have changed since
                insert.setObject(3, row < ROWS - 100 ? FIRST_DAY : FIRST_DAY.plusDays(1));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterAll
    static void close()
            throws SQLException
    {
        keptOpen.close();
    }

    @Test
    void aDaysChangesAreReadInOnePartFromTheChangeTimesIndex()
            throws SQLException
    {
        // given the window of the last day
        String window = POINTS.windowCondition(new LoadWindow(FIRST_DAY.plusDays(1), FIRST_DAY.plusDays(2), FIRST_DAY.plusDays(2)));

        // when it is split for reading
        String[] parts = POINTS.partitions(window, POINTS.count(window), 4);

        // then it is read whole, by the change time's index rather than by walking the key
        assertThat(parts).containsExactly(window);
        assertThat(count(parts[0])).isEqualTo(100);
        assertThat(plan(parts[0])).contains("MEMBER_POINT_RECORDED_AT");
    }

    @Test
    void aFirstLoadIsSplitIntoKeyRangesThatTakeEveryRowOnce()
            throws SQLException
    {
        // given the window of a first load
        String window = POINTS.windowCondition(new LoadWindow(null, FIRST_DAY.plusDays(2), FIRST_DAY.plusDays(2)));

        // when it is split for reading
        String[] parts = POINTS.partitions(window, POINTS.count(window), 4);

        // then four key ranges of about a quarter each hold every row once
        assertThat(parts).hasSize(4);
        long total = 0;
        for (String part : parts) {
            assertThat(count(part)).isBetween(ROWS / 4L - 1, ROWS / 4L + 1);
            total += count(part);
        }
        assertThat(total).isEqualTo(ROWS);
    }

    private static long count(String condition)
            throws SQLException
    {
        try (Statement statement = keptOpen.createStatement(); ResultSet rows = statement.executeQuery("select count(*) from member_point where " + condition)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String plan(String condition)
            throws SQLException
    {
        try (Statement statement = keptOpen.createStatement();
                ResultSet rows = statement.executeQuery("explain select * from member_point where %s order by point_id".formatted(condition))) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect()
            throws SQLException
    {
        return DriverManager.getConnection(DATABASE.url(), DATABASE.user(), DATABASE.password());
    }
}
