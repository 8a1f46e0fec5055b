package io.quanyu.pipeline;

import io.quanyu.source.Scale;
import io.quanyu.source.SourceSystemsLayout;
import io.quanyu.source.SourceSystemsSimulator;
import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import io.quanyu.spark.WarehouseSessionFactory;
import io.quanyu.spark.WarehouseSettings;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline as operators run it, as its own process: killed with SIGKILL while it stages a load, then started
 * again with the same command, it resumes the load and ends with every source row loaded or quarantined exactly once.
 */
class KilledExtractJobTests
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void aLoadKilledMidwayAndStartedAgainEndsAsIfUninterrupted()
            throws Exception
    {
        // given a district's sources, its division register loaded, and small chunks so the party load takes many
        Path home = Files.createTempDirectory("quanyu-kill-test");
        SourceSystemsLayout sources = new SourceSystemsLayout(home.resolve("sources"));
        new SourceSystemsSimulator(new SimulationSettings("3302", Scale.SMALL, 7, DAY, 30, 0.005)).generate(sources);
        assertThat(pipeline(home, "division.log", "extract", "--date", DAY.toString(), "--source", "division").waitFor()).isZero();

        // when the party load is killed once chunks of its members are staged, then run again
        Process first = pipeline(home, "killed.log", "extract", "--date", DAY.toString(), "--source", "party");
        Path staging = home.resolve("staging");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (stagedMemberChunks(staging) < 3 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(first.isAlive()).as("still loading when killed").isTrue();
        first.destroyForcibly().waitFor();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        Process second = pipeline(home, "resumed.log", "extract", "--date", DAY.toString(), "--source", "party");
        int exitCode = second.waitFor();
        String output = Files.readString(home.resolve("resumed.log"));
        assertThat(exitCode).as(output).isZero();

        // then it resumed the killed run, and every source row is in ODS or quarantine once
        assertThat(output).contains("resuming the unfinished run");
        SparkSession spark = WarehouseSessionFactory.create(WarehouseSettings.underHome(home));
        try (Connection source = sources.partyDatabase().connect()) {
            for (String[] table : List.of(new String[] {"party_member", "member_id", "ods_party_member", "member_id"},
                    new String[] {"member_point", "point_id", "ods_member_point", "point_id"},
                    new String[] {"party_organization", "org_id", "ods_party_organization", "organization_id"})) {
                Row loaded = spark.sql("""
                        select count(*), count(distinct %s) from ods.%s where logical_date = date'%s'""".formatted(table[3], table[2], DAY)).first();
                long quarantined = spark.sql("select count(*) from ods.ods_quarantine where logical_date = date'%s' and target_table = '%s'"
                        .formatted(DAY, table[2])).first().getLong(0);
                assertThat(loaded.getLong(0)).as(table[2] + " has no duplicate").isEqualTo(loaded.getLong(1));
                assertThat(loaded.getLong(0) + quarantined).as(table[2] + " misses no row").isEqualTo(count(source, table[0]));
            }
        }
        finally {
            spark.stop();
        }
        assertThat(stagedMemberChunks(staging)).as("staging cleared after publishing").isZero();
    }

    private static long count(Connection source, String table)
            throws Exception
    {
        try (ResultSet count = source.createStatement().executeQuery("select count(*) from " + table)) {
            count.next();
            return count.getLong(1);
        }
    }

    private static long stagedMemberChunks(Path staging)
            throws IOException
    {
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        try (Stream<Path> loads = Files.list(staging)) {
            long chunks = 0;
            for (Path load : loads.filter(path -> path.getFileName().toString().contains("ods_party_member-")).toList()) {
                try (Stream<Path> staged = Files.list(load)) {
                    chunks += staged.count();
                }
            }
            return chunks;
        }
    }

    private static Process pipeline(Path home, String log, String... arguments)
            throws IOException
    {
        return PipelineProcess.start(home, log, Map.of("quanyu.chunk-size", "500"), arguments);
    }
}
