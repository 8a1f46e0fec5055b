package io.quanyu.source;

import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceSystemsSimulatorTests
{
    @Test
    void smallScaleWritesOneDistrictsDatabaseAndDivisionRegister(@TempDir Path folder)
            throws Exception
    {
        SourceSystemsLayout layout = new SourceSystemsLayout(folder);
        SimulationSettings settings = new SimulationSettings("3302", Scale.SMALL, 42, LocalDate.of(2026, 11, 1), 30, 0.005);

        SourceSystemsSimulator.Summary summary = new SourceSystemsSimulator(settings).generate(layout);

        List<String> divisions = Files.readAllLines(layout.divisionsFile(), StandardCharsets.UTF_8);
        assertThat(divisions.get(1)).isEqualTo("city,330200000000,宁波市,330000000000");
        assertThat(divisions.stream().filter(line -> line.startsWith("district,"))).containsExactly("district,330203000000,海曙区,330200000000");
        assertThat(divisions).hasSize(summary.divisions() + 1);
        try (Connection connection = layout.partyDatabase().connect();
                ResultSet rows = connection.createStatement().executeQuery(
                        "select count(*), count(distinct division_code), min(substring(division_code, 1, 6)) from party_organization")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(summary.partyOrganizations());
            // every community, street and the district hold organizations
            assertThat(rows.getInt(2)).isEqualTo(summary.divisions() - 1);
            assertThat(rows.getString(3)).isEqualTo("330203");
        }
    }

    @Test
    void regeneratingReplacesTheDatabaseContent(@TempDir Path folder)
            throws Exception
    {
        SourceSystemsLayout layout = new SourceSystemsLayout(folder);
        SimulationSettings settings = new SimulationSettings("3302", Scale.SMALL, 42, LocalDate.of(2026, 11, 1), 30, 0.005);

        int first = new SourceSystemsSimulator(settings).generate(layout).partyOrganizations();
        new SourceSystemsSimulator(settings).generate(layout);

        try (Connection connection = layout.partyDatabase().connect();
                ResultSet rows = connection.createStatement().executeQuery("select count(*) from party_organization")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(first);
        }
    }

    @Test
    void aGenerationThatFailsMidwayLeavesNoSettingsToReuse(@TempDir Path folder)
            throws Exception
    {
        // given whole sources, whose settings file says what they hold
        SourceSystemsLayout layout = new SourceSystemsLayout(folder);
        SimulationSettings settings = new SimulationSettings("3302", Scale.SMALL, 42, LocalDate.of(2026, 11, 1), 30, 0.005);
        new SourceSystemsSimulator(settings).generate(layout);
        assertThat(layout.settingsFile()).exists();

        // when they are generated again and the generation fails after the party database is rewritten
        Files.delete(layout.defectManifest());
        Files.createDirectories(layout.defectManifest().resolve("blocked"));

        // then nothing claims the half-written sources are whole
        assertThatThrownBy(() -> new SourceSystemsSimulator(settings.advancedBy(1)).generate(layout))
                .hasMessageContaining("cannot write defect manifest");
        assertThat(layout.settingsFile()).doesNotExist();
    }
}
