package io.quanyu.source;

import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** The two simulated databases load into a real PostgreSQL server with the same rows as into the embedded H2 files. */
class PostgresSourceSystemsTests
{
    private static final SimulationSettings SETTINGS = new SimulationSettings("3302", Scale.SMALL, 5, LocalDate.of(2026, 11, 1), 30, 0.01);
    private static final Map<String, String> PARTY_TABLES = orderedBy(
            "party_organization", "org_id", "party_organization_change", "change_id", "party_service_center", "center_id",
            "resident_unit_member", "member_id", "party_member", "member_id", "member_point", "point_id");

    private static LocalPostgresServer postgres;

    @BeforeAll
    static void startPostgres()
            throws Exception
    {
        postgres = LocalPostgresServer.start();
    }

    @AfterAll
    static void stopPostgres()
            throws Exception
    {
        postgres.close();
    }

    @Test
    void theSameSeedWritesTheSameRowsIntoPostgresqlAsIntoH2(@TempDir Path embeddedFolder, @TempDir Path postgresFolder)
            throws Exception
    {
        // given
        SourceSystemsLayout embedded = new SourceSystemsLayout(embeddedFolder);
        SourceSystemsLayout server = new SourceSystemsLayout(postgresFolder)
                .withDatabases(postgres.createDatabase("party"), postgres.createDatabase("governance"));

        // when
        SourceSystemsSimulator.Summary embeddedSummary = new SourceSystemsSimulator(SETTINGS).generate(embedded);
        SourceSystemsSimulator.Summary serverSummary = new SourceSystemsSimulator(SETTINGS).generate(server);

        // then
        assertThat(serverSummary).isEqualTo(embeddedSummary);
        assertThat(server.partyDatabase().url()).startsWith("jdbc:postgresql://");
        for (Map.Entry<String, String> table : PARTY_TABLES.entrySet()) {
            assertThat(digest(server.partyDatabase(), table.getKey(), table.getValue())).as(table.getKey())
                    .isEqualTo(digest(embedded.partyDatabase(), table.getKey(), table.getValue()));
        }
        assertThat(digest(server.governanceDatabase(), "service_event", "event_id"))
                .isEqualTo(digest(embedded.governanceDatabase(), "service_event", "event_id"));
        assertThat(count(server.governanceDatabase(), "service_event")).isGreaterThan(1_000);
        assertThat(count(server.partyDatabase(), "party_member")).isGreaterThan(1_000);
    }

    @Test
    void chineseTextArrivesInPostgresqlAsUtf8(@TempDir Path folder)
            throws Exception
    {
        // given
        SourceSystemsLayout server = new SourceSystemsLayout(folder)
                .withDatabases(postgres.createDatabase("party_text"), postgres.createDatabase("governance_text"));

        // when
        new SourceSystemsSimulator(SETTINGS).generate(server);

        // then
        try (Connection connection = server.partyDatabase().connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from party_organization where org_name like '%党%' and org_level in ('党委', '党总支', '党支部')")) {
            rows.next();
            assertThat(rows.getLong(1)).isGreaterThan(100);
        }
    }

    /** Every row in key order, its values rendered the same whatever the database's own types, hashed. */
    private static String digest(SourceDatabase database, String table, String key)
            throws Exception
    {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select * from %s order by %s".formatted(table, key))) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(render(rows.getObject(column))).append('\u0001');
                }
                digest.update(row.append('\n').toString().getBytes(UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String render(Object value)
    {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private static long count(SourceDatabase database, String table)
            throws SQLException
    {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, String> orderedBy(String... tablesAndKeys)
    {
        Map<String, String> tables = new LinkedHashMap<>();
        for (int index = 0; index < tablesAndKeys.length; index += 2) {
            tables.put(tablesAndKeys[index], tablesAndKeys[index + 1]);
        }
        return tables;
    }
}
