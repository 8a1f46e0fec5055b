package io.quanyu.source.event;

import io.quanyu.source.Scale;
import io.quanyu.source.SourceSystemsLayout;
import io.quanyu.source.SourceSystemsSimulator;
import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import io.quanyu.source.defect.Defect;
import io.quanyu.source.defect.DefectKind;
import io.quanyu.source.defect.DefectManifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The governance platform's table, read back over JDBC, and its defects against the manifest. */
class ServiceEventDatabaseTests
{
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    private static SourceSystemsLayout layout;
    private static SourceSystemsSimulator.Summary summary;
    private static List<Defect> defects;

    @BeforeAll
    static void generate()
            throws Exception
    {
        layout = new SourceSystemsLayout(Files.createTempDirectory("quanyu-events"));
        summary = new SourceSystemsSimulator(new SimulationSettings("3302", Scale.SMALL, 5, AS_OF, 60, 0.02)).generate(layout);
        defects = DefectManifest.read(layout.defectManifest()).stream().filter(defect -> defect.source().equals(ServiceEventDefects.SOURCE)).toList();
    }

    @Test
    void everyGeneratedEventIsARowAndEveryDuplicateOneMore()
            throws Exception
    {
        long duplicates = defects.stream().filter(defect -> defect.kind() == DefectKind.DUPLICATE_ROW).count();
        try (Connection connection = connect(); ResultSet rows = connection.createStatement().executeQuery("select count(*) from service_event")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(summary.serviceEvents() + duplicates).isGreaterThan(5_000);
        }
    }

    @Test
    void everyDefectIsInTheRowItNames()
            throws Exception
    {
        assertThat(defects).extracting(Defect::kind).containsAll(EnumSet.allOf(DefectKind.class));
        try (Connection connection = connect();
                PreparedStatement select = connection.prepareStatement(
                        "select title, division_code, grid_code, satisfaction, volunteer_hours, reported_at from service_event where event_id = ?")) {
            for (Defect defect : defects) {
                select.setString(1, defect.location().substring(defect.location().indexOf('=') + 1));
                try (ResultSet row = select.executeQuery()) {
                    assertThat(row.next()).as(defect.toString()).isTrue();
                    String title = row.getString("title");
                    switch (defect.kind()) {
                        case DUPLICATE_ROW -> assertThat(defect.location()).endsWith(defect.key() + "R");
                        case UNKNOWN_DIVISION_CODE -> assertThat(row.getString("division_code")).endsWith("9").doesNotStartWith(defect.key().substring(2, 14));
                        case MISSING_REQUIRED_FIELD -> assertThat(title).isEmpty();
                        case ABSURD_VALUE -> assertThat(row.getObject("satisfaction") != null ? row.getInt("satisfaction") : row.getDouble("volunteer_hours"))
                                .satisfiesAnyOf(value -> assertThat(value.doubleValue()).isGreaterThan(5), value -> assertThat(value.doubleValue()).isNegative());
                        case FUTURE_DATE -> assertThat(row.getTimestamp("reported_at").toLocalDateTime().toLocalDate()).isAfter(AS_OF);
                        case ORPHAN_REFERENCE -> assertThat(row.getString("grid_code")).endsWith("998");
                        case NAME_VARIANT -> assertThat(title).matches(".*(\\s|\u3000)");
                        case BROKEN_ENCODING -> assertThat(title).containsPattern("[\u00c0-\u00ff]").doesNotContainPattern("[\u4e00-\u9fff]");
                    }
                }
            }
        }
    }

    private static Connection connect()
            throws Exception
    {
        return layout.governanceDatabase().connect();
    }
}
