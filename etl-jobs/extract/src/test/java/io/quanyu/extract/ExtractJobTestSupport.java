package io.quanyu.extract;

import io.quanyu.source.Scale;
import io.quanyu.source.SourceSystemsLayout;
import io.quanyu.source.SourceSystemsSimulator;
import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import io.quanyu.source.grid.GridPlatformApiServer;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One simulated small city (Haishu district of Ningbo, 30 days to 2026-11-01) with its grid platform API served on
 * localhost, and a warehouse home, shared by the extract job tests (one Spark session per JVM).
 */
final class ExtractJobTestSupport
{
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final Path HOME = createHome();
    static final SourceSystemsLayout SOURCES = new SourceSystemsLayout(HOME.resolve("sources"));
    static final SourceSystemsSimulator.Summary GENERATED = generate();
    static final GridPlatformApiServer API = serveApi();

    private ExtractJobTestSupport() {}

    static void register(DynamicPropertyRegistry registry)
    {
        registry.add("quanyu.home", HOME::toString);
        registry.add("quanyu.sources.party.url", () -> SOURCES.partyDatabase().readerUrl());
        registry.add("quanyu.sources.governance.url", () -> SOURCES.governanceDatabase().readerUrl());
        registry.add("quanyu.sources.divisions-file", () -> SOURCES.divisionsFile().toString());
        registry.add("quanyu.sources.grid-platform-folder", () -> SOURCES.root().resolve("grid-platform").toString());
        registry.add("quanyu.sources.grid-api-url", () -> "http://127.0.0.1:" + API.port());
        registry.add("quanyu.sources.fund-ledger-folder", () -> SOURCES.fundLedgerFolder().toString());
        registry.add("quanyu.sources.staff-roster-folder", () -> SOURCES.staffRosterFolder().toString());
        registry.add("quanyu.sources.two-new-register-folder", () -> SOURCES.twoNewRegisterFolder().toString());
    }

    private static Path createHome()
    {
        try {
            return Files.createTempDirectory("quanyu-extract-test");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceSystemsSimulator.Summary generate()
    {
        try {
            return new SourceSystemsSimulator(new SimulationSettings("3302", Scale.SMALL, 11, AS_OF, 30, 0.005)).generate(SOURCES);
        }
        catch (Exception e) {
            throw new IllegalStateException("cannot generate the test sources", e);
        }
    }

    private static GridPlatformApiServer serveApi()
    {
        try (var districts = Files.list(SOURCES.root().resolve("grid-platform-api"))) {
            return new GridPlatformApiServer(districts.filter(Files::isDirectory).findFirst().orElseThrow(), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
