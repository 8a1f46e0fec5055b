package io.quanyu.extract;

import io.quanyu.extract.ods.RejectionReason;
import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.source.defect.Defect;
import io.quanyu.source.defect.DefectKind;
import io.quanyu.source.defect.DefectManifest;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SourceExtractJobTests
        extends ExtractJobTestBase
{
    @BeforeEach
    void loadEverySourceOnce()
            throws Exception
    {
        // given every source system of the simulated district, extracted for its last day
        jobs.loadAllOnce(ExtractJobTestSupport.AS_OF);
    }

    @Test
    void everyRecordReadIsLoadedOrQuarantinedForEverySourceAndTable()
            throws Exception
    {
        // when the load audit of the day is read
        List<Row> audit = spark.sql("""
                select source_system, table_name, rows_read, rows_loaded, rows_quarantined
                from ops.ops_load_audit where logical_date = date'2026-11-01'""").collectAsList();

        // then each of the 16 loads read something and reconciles, and the reads match the sources' own counts
        assertThat(audit).hasSize(16);
        assertThat(audit).allSatisfy(row -> {
            assertThat(row.getLong(2)).as(row.getString(0) + " " + row.getString(1)).isPositive();
            assertThat(row.getLong(3) + row.getLong(4)).as(row.getString(0) + " " + row.getString(1)).isEqualTo(row.getLong(2));
        });
        Map<String, Long> read = new HashMap<>();
        audit.forEach(row -> read.put(row.getString(0) + " " + row.getString(1), row.getLong(2)));
        assertThat(read.get("party-organization-system ods_party_organization")).isEqualTo(sourceCount("party_organization"));
        assertThat(read.get("party-organization-system ods_party_member")).isEqualTo(sourceCount("party_member"));
        assertThat(read.get("party-organization-system ods_member_point")).isEqualTo(sourceCount("member_point"));
        assertThat(read.get("division-register ods_division")).isEqualTo(dataLines(ExtractJobTestSupport.SOURCES.divisionsFile()));
        assertThat(read.get("grid-platform ods_grid")).isEqualTo(dataLines(ExtractJobTestSupport.SOURCES.root().resolve("grid-platform"), "grids-"));
        assertThat(read.get("grid-platform ods_grid_worker")).isEqualTo(dataLines(ExtractJobTestSupport.SOURCES.root().resolve("grid-platform"), "grid-workers-"));
        assertThat(read.get("hr-roster ods_staff_roster")).isEqualTo(dataLines(ExtractJobTestSupport.SOURCES.staffRosterFolder(), "roster-"));
        assertThat(read.get("two-new-register ods_two_new_organization"))
                .isEqualTo(dataLines(ExtractJobTestSupport.SOURCES.twoNewRegisterFolder(), "two-new-organizations-"));
        assertThat(read.get("hr-roster ods_local_wage")).isEqualTo(dataLines(ExtractJobTestSupport.SOURCES.staffRosterFolder(), "local-average-wage"));
        assertThat(read.get("grid-platform-api ods_grid")).isEqualTo(Files.readAllLines(
                ExtractJobTestSupport.SOURCES.root().resolve("grid-platform-api/330203000000/grids.jsonl")).size());
        try (Connection connection = ExtractJobTestSupport.SOURCES.governanceDatabase().connect();
                ResultSet events = connection.createStatement().executeQuery("select count(*) from service_event")) {
            events.next();
            assertThat(read.get("governance-platform ods_service_event")).isEqualTo(events.getLong(1));
        }
    }

    @Test
    void quarantineHoldsExactlyTheInjectedDefects()
            throws Exception
    {
        // given the simulator's manifest of every defect it injected
        List<Defect> manifest = DefectManifest.read(ExtractJobTestSupport.SOURCES.defectManifest());
        assertThat(manifest).extracting(Defect::kind).contains(DefectKind.values());

        // when the quarantine of the day is read
        Map<String, Row> quarantine = new HashMap<>();
        for (Row row : spark.sql("""
                select source_location, reason_code, field_name, message, raw_record, target_table
                from ods.ods_quarantine where logical_date = date'2026-11-01'""").collectAsList()) {
            assertThat(quarantine.put(row.getString(0), row)).as("quarantined twice: " + row.getString(0)).isNull();
        }

        // then every defect is there, at its location, with its kind and field, and nothing else is
        WarehouseCatalogue catalogue = WarehouseCatalogue.load();
        for (Defect defect : manifest) {
            Row row = quarantine.get(defect.location());
            assertThat(row).as("quarantined: " + defect).isNotNull();
            assertThat(row.getString(1)).as(defect.toString()).isEqualTo(reason(defect.kind()).name());
            assertThat(row.getString(3)).as(defect.toString()).contains(defect.location());
            assertThat(row.getString(4)).isNotBlank();
            if (defect.kind() != DefectKind.DUPLICATE_ROW) {
                var column = catalogue.table(row.getString(5)).column(row.getString(2)).orElseThrow();
                assertThat(Stream.concat(Stream.of(column.name()), column.sourceNames().stream()).toList()).as(defect.toString()).contains(defect.field());
            }
        }
        Set<String> injected = new HashSet<>(manifest.stream().map(Defect::location).toList());
        assertThat(quarantine.keySet()).as("quarantined without a defect").isSubsetOf(injected);
    }

    @Test
    void odsRowsCarryTheirSourceLocationAndLoad()
    {
        // when loaded rows of each kind of source are read
        List<Row> rows = spark.sql("""
                select source_system, min(source_location), count(distinct load_id), count(*)
                from (select source_system, source_location, load_id from ods.ods_fund_entry where logical_date = date'2026-11-01'
                      union all select source_system, source_location, load_id from ods.ods_grid where logical_date = date'2026-11-01'
                      union all select source_system, source_location, load_id from ods.ods_service_event where logical_date = date'2026-11-01')
                group by source_system order by source_system""").collectAsList();

        // then each names its file and row, page, or table and key, and came in one load
        assertThat(rows).extracting(row -> row.getString(0)).containsExactly("fund-ledger", "governance-platform", "grid-platform", "grid-platform-api");
        assertThat(rows.get(0).getString(1)).matches("\\d{12}/.+经费台账\\.xlsx:\\d+");
        assertThat(rows.get(1).getString(1)).startsWith("service_event:event_id=SE");
        assertThat(rows.get(2).getString(1)).matches("330203000000/grids-\\d{8}\\.csv:\\d+");
        assertThat(rows.get(3).getString(1)).startsWith("grids?page=1&page_size=1000#");
        assertThat(rows).allSatisfy(row -> assertThat(row.getLong(2)).isEqualTo(1));
    }

    private static RejectionReason reason(DefectKind kind)
    {
        return kind == DefectKind.ABSURD_VALUE ? RejectionReason.OUT_OF_RANGE : RejectionReason.valueOf(kind.name());
    }

    private static long sourceCount(String table)
            throws Exception
    {
        try (Connection connection = ExtractJobTestSupport.SOURCES.partyDatabase().connect();
                ResultSet count = connection.createStatement().executeQuery("select count(*) from " + table)) {
            count.next();
            return count.getLong(1);
        }
    }

    private static long dataLines(Path file)
            throws Exception
    {
        try (Stream<String> lines = Files.lines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.count() - 1;
        }
    }

    private static long dataLines(Path folder, String prefix)
            throws Exception
    {
        try (Stream<Path> files = Files.walk(folder)) {
            long total = 0;
            for (Path file : files.filter(path -> path.getFileName().toString().startsWith(prefix)).toList()) {
                total += dataLines(file);
            }
            return total;
        }
    }
}
