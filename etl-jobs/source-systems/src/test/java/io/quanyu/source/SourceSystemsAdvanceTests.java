package io.quanyu.source;

import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SourceSystemsAdvanceTests
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void advancingADayKeepsThePastAndMovesOpenEventsOn()
            throws Exception
    {
        // given sources generated up to a day, and what they held for closed periods
        SourceSystemsLayout layout = new SourceSystemsLayout(Files.createTempDirectory("quanyu-advance"));
        new SourceSystemsSimulator(new SimulationSettings("3302", Scale.SMALL, 31, DAY, 40, 0.01)).generate(layout);
        Map<String, String> before = closedPeriodDigests(layout.root());
        Map<String, String> eventsBefore = events(layout);

        // when they are advanced by one day with the settings they recorded
        SimulationSettings advanced = SimulationSettings.read(layout.settingsFile()).advancedBy(1);
        new SourceSystemsSimulator(advanced).generate(layout);

        // then the past is byte for byte the same, the new day exists, and events moved on
        assertThat(advanced.asOf()).isEqualTo(DAY.plusDays(1));
        assertThat(advanced.historyStart()).isEqualTo(DAY.minusDays(39));
        Map<String, String> after = closedPeriodDigests(layout.root());
        assertThat(after.keySet()).containsAll(before.keySet());
        assertThat(before.keySet()).as("files of closed periods that changed").filteredOn(file -> !before.get(file).equals(after.get(file))).isEmpty();
        assertThat(layout.gridPlatformFolder("330203000000").resolve("grids-20261121.csv")).exists();
        Map<String, String> eventsAfter = events(layout);
        assertThat(eventsAfter.keySet()).containsAll(eventsBefore.keySet()).hasSizeGreaterThan(eventsBefore.size());
        assertThat(eventsBefore.keySet()).filteredOn(id -> !eventsBefore.get(id).equals(eventsAfter.get(id))).isNotEmpty();
    }

    /** Daily grid exports and the roster and ledgers of months already over; the current month is rewritten as it fills. */
    private static Map<String, String> closedPeriodDigests(Path root)
            throws Exception
    {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString();
                boolean daily = name.startsWith("grid-platform/");
                boolean closedMonth = (name.startsWith("hr-roster/") || name.startsWith("fund-ledgers/")) && !name.contains("202611") && !name.contains("2026年11月");
                if (daily || closedMonth) {
                    digests.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                }
            }
        }
        return digests;
    }

    private static Map<String, String> events(SourceSystemsLayout layout)
            throws Exception
    {
        Map<String, String> events = new TreeMap<>();
        try (Connection connection = layout.governanceDatabase().connect();
                ResultSet rows = connection.createStatement().executeQuery("select event_id, status, updated_at from service_event")) {
            while (rows.next()) {
                events.put(rows.getString(1), rows.getString(2) + "@" + rows.getTimestamp(3));
            }
        }
        return events;
    }
}
