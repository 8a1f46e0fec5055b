package io.quanyu.pipeline;

import io.quanyu.source.Scale;
import io.quanyu.source.SourceSystemsLayout;
import io.quanyu.source.SourceSystemsSimulator;
import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import io.quanyu.spark.WarehouseSessionFactory;
import io.quanyu.spark.WarehouseSettings;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline as operators run it, as its own process: killed with SIGKILL while it stages a load, then started
 * again with the same command, it resumes the load and ends with every source row loaded or quarantined exactly once.
 * Both ways of staging are killed: the chunk steps reading a file source in parallel parts, and a Spark stage.
 */
class KilledExtractJobTests
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static Path sources;

    @BeforeAll
    static void generateSources()
            throws Exception
    {
        sources = Files.createTempDirectory("quanyu-kill-test-sources");
        new SourceSystemsSimulator(new SimulationSettings("3302", Scale.SMALL, 7, DAY, 60, 0.005)).generate(new SourceSystemsLayout(sources));
    }

    @Test
    void aFileLoadKilledWhileItsPartsStageChunksEndsAsAnUninterruptedRunEnds()
            throws Exception
    {
        // given the division register loaded into two homes, and small chunks so the roster takes many
        Path killed = home("quanyu-kill-test-roster");
        Path uninterrupted = home("quanyu-kill-test-roster-reference");

        // when one home's roster load is killed once chunks of its parts are staged, then run again
        killWhile(killed, "staff", staged -> staged.contains("ods_staff_roster-") && staged.matches(".*/chunk-\\d+\\.parquet"), 3);
        String output = run(killed, "resumed.log", "staff");
        run(uninterrupted, "uninterrupted.log", "staff");

        // then it resumed the killed run, and both homes hold the same rows of every roster line, each once
        assertThat(output).contains("resuming the unfinished run");
        List<String> killedRows = rosterRows(killed);
        assertThat(killedRows).as("no duplicate").doesNotHaveDuplicates();
        assertThat(killedRows).as("same as an uninterrupted run").isEqualTo(rosterRows(uninterrupted));
        assertThat(staged(killed.resolve("staging"), path -> true)).as("staging cleared after publishing").isZero();
    }

    @Test
    void aSparkStageKilledMidwayIsStagedAgainAndEndsWithEveryRowOnce()
            throws Exception
    {
        // given a home with the division register loaded
        Path home = home("quanyu-kill-test-party");

        // when the party load is killed while Spark stages its members or their points, then run again
        // (a Spark stage writes each key range's chunk aside, as a partial file, until the range is read)
        killWhile(home, "party", staged -> (staged.contains("ods_party_member-") || staged.contains("ods_member_point-")) && staged.endsWith(".partial"), 1);
        String output = run(home, "resumed.log", "party");

        // then it resumed the killed run, and every source row is in ODS or quarantine once
        assertThat(output).contains("resuming the unfinished run");
        SparkSession spark = WarehouseSessionFactory.create(WarehouseSettings.underHome(home));
        try (Connection source = new SourceSystemsLayout(sources).partyDatabase().connect()) {
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
        assertThat(staged(home.resolve("staging"), path -> true)).as("staging cleared after publishing").isZero();
    }

    private static Path home(String name)
            throws Exception
    {
        Path home = Files.createTempDirectory(name);
        Files.createSymbolicLink(home.resolve("sources"), sources);
        run(home, "division.log", "division");
        return home;
    }

    /** Starts a load and kills it with SIGKILL once at least {@code files} staged paths match while it still runs. */
    private static void killWhile(Path home, String source, Predicate<String> stagedPath, long files)
            throws Exception
    {
        Process first = pipeline(home, "killed.log", source);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (staged(home.resolve("staging"), stagedPath) < files && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(first.isAlive()).as("still loading when killed: " + Files.readString(home.resolve("killed.log"))).isTrue();
        first.destroyForcibly().waitFor();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    private static String run(Path home, String log, String source)
            throws Exception
    {
        int exitCode = pipeline(home, log, source).waitFor();
        String output = Files.readString(home.resolve(log));
        assertThat(exitCode).as(output).isZero();
        return output;
    }

    /** Every roster row in ODS or quarantine, named by its source line, sorted. */
    private static List<String> rosterRows(Path home)
    {
        SparkSession spark = WarehouseSessionFactory.create(WarehouseSettings.underHome(home));
        try {
            return spark.sql("""
                    select source_location from ods.ods_staff_roster where logical_date = date'%1$s'
                    union all
                    select source_location || ' ' || reason_code from ods.ods_quarantine where logical_date = date'%1$s' and target_table = 'ods_staff_roster'
                    order by 1""".formatted(DAY)).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        }
        finally {
            spark.stop();
        }
    }

    private static long count(Connection source, String table)
            throws Exception
    {
        try (ResultSet count = source.createStatement().executeQuery("select count(*) from " + table)) {
            count.next();
            return count.getLong(1);
        }
    }

    private static long staged(Path staging, Predicate<String> matching)
            throws IOException
    {
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(staging)) {
            return paths.filter(Files::isRegularFile).map(Path::toString).filter(matching).count();
        }
        catch (java.io.UncheckedIOException e) {
            // a file moved or deleted while walked: look again on the next poll
            return 0;
        }
    }

    private static Process pipeline(Path home, String log, String source)
            throws IOException
    {
        return PipelineProcess.start(home, log, Map.of("quanyu.chunk-size", "200"), "extract", "--date", DAY.toString(), "--source", source);
    }
}
