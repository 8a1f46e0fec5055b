package io.quanyu.pipeline;

import io.quanyu.source.LocalPostgresServer;
import io.quanyu.source.Scale;
import io.quanyu.source.SourceDatabase;
import io.quanyu.source.SourceSystemsLayout;
import io.quanyu.source.SourceSystemsSimulator;
import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import io.quanyu.spark.WarehouseSessionFactory;
import io.quanyu.spark.WarehouseSettings;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline configured for PostgreSQL instead of its embedded defaults: the party and governance sources in a real
 * PostgreSQL server, and the Spring Batch job repository in another database of it.
 */
class PostgresExtractJobTests
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final List<String[]> PARTY_TABLES = List.of(
            new String[] {"party_organization", "ods_party_organization"}, new String[] {"party_organization_change", "ods_party_organization_change"},
            new String[] {"party_member", "ods_party_member"}, new String[] {"member_point", "ods_member_point"},
            new String[] {"party_service_center", "ods_party_service_center"}, new String[] {"resident_unit_member", "ods_resident_unit_member"});

    @Test
    void sourcesAndJobRepositoryInPostgresqlLoadEveryRowOnceAndKeepTheJobHistory(@TempDir Path home)
            throws Exception
    {
        try (LocalPostgresServer postgres = LocalPostgresServer.start()) {
            // given a district's party and governance systems in PostgreSQL, and the job repository there too
            SourceSystemsLayout sources = new SourceSystemsLayout(home.resolve("sources"))
                    .withDatabases(postgres.createDatabase("party"), postgres.createDatabase("governance"));
            new SourceSystemsSimulator(new SimulationSettings("3302", Scale.SMALL, 9, DAY, 30, 0.005)).generate(sources);
            SourceDatabase repository = postgres.createDatabase("batch");
            Map<String, String> properties = Map.of(
                    "quanyu.sources.party.url", sources.partyDatabase().url(), "quanyu.sources.party.user", LocalPostgresServer.USER,
                    "quanyu.sources.governance.url", sources.governanceDatabase().url(), "quanyu.sources.governance.user", LocalPostgresServer.USER,
                    "spring.datasource.url", repository.url(), "spring.datasource.username", LocalPostgresServer.USER);

            // when the division register, the party system, the grids and the events are extracted, and the party system again
            List<String> outputs = new ArrayList<>();
            for (String source : List.of("division", "party", "grid", "event", "party")) {
                String log = "extract-%d-%s.log".formatted(outputs.size(), source);
                int exitCode = PipelineProcess.start(home, log, properties, "extract", "--date", DAY.toString(), "--source", source).waitFor();
                String output = Files.readString(home.resolve(log));
                assertThat(exitCode).as(output).isZero();
                outputs.add(output);
            }

            // then every source row is in ODS or quarantine once, after the re-run too
            assertThat(outputs.get(1)).containsPattern("\\[extract] party +%s COMPLETED".formatted(DAY));
            assertThat(outputs.get(3)).containsPattern("\\[extract] event +%s COMPLETED".formatted(DAY));
            SparkSession spark = WarehouseSessionFactory.create(WarehouseSettings.underHome(home));
            try (Connection party = sources.partyDatabase().connect(); Connection governance = sources.governanceDatabase().connect()) {
                for (String[] table : PARTY_TABLES) {
                    long rows = count(party, "select count(*) from " + table[0]);
                    assertThat(loadedOrQuarantined(spark, table[1])).as(table[1]).isEqualTo(rows);
                    assertThat(outputs.get(1)).as("a line for each load")
                            .containsPattern("\\[load] +party +%s %s: read %,d in [0-9.]+ s".formatted(DAY, table[1], rows));
                }
                assertThat(loadedOrQuarantined(spark, "ods_service_event")).isEqualTo(count(governance, "select count(*) from service_event"));
                long partyDefects;
                try (var manifest = Files.lines(sources.defectManifest())) {
                    partyDefects = manifest.filter(defect -> defect.contains("\"party-organization-system\"")).count();
                }
                assertThat(partyDefects).isPositive();
                assertThat(spark.sql("select count(*) from ods.ods_quarantine where source_system = 'party-organization-system'").first().getLong(0))
                        .as("quarantined as the manifest says, nothing more").isEqualTo(partyDefects);
            }
            finally {
                spark.stop();
            }
            // and the job history is in PostgreSQL: five completed runs, two of them the party system's
            try (Connection batch = repository.connect()) {
                assertThat(count(batch, "select count(*) from batch_job_execution where status = 'COMPLETED'")).isEqualTo(5);
                assertThat(count(batch, """
                        select count(*)
                        from batch_job_execution execution
                        join batch_job_instance instance on instance.job_instance_id = execution.job_instance_id
                        where instance.job_name = 'partySystemExtractJob'""")).isEqualTo(2);
            }
        }
    }

    private static long loadedOrQuarantined(SparkSession spark, String table)
    {
        long loaded = spark.sql("select count(*) from ods.%s where logical_date = date'%s'".formatted(table, DAY)).first().getLong(0);
        long quarantined = spark.sql("select count(*) from ods.ods_quarantine where logical_date = date'%s' and target_table = '%s'".formatted(DAY, table))
                .first().getLong(0);
        return loaded + quarantined;
    }

    private static long count(Connection connection, String query)
            throws Exception
    {
        try (ResultSet rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
