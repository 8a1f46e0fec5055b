package io.quanyu.extract;

import io.quanyu.source.Scale;
import io.quanyu.source.SourceSystemsLayout;
import io.quanyu.source.SourceSystemsSimulator;
import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** One simulated small city (Haishu district of Ningbo) and a warehouse home, shared by the extract job tests. */
final class ExtractJobTestSupport
{
    static final Path HOME = createHome();
    static final SourceSystemsLayout SOURCES = new SourceSystemsLayout(HOME.resolve("sources"));
    static final SourceSystemsSimulator.Summary GENERATED = generate();

    private ExtractJobTestSupport() {}

    static void register(DynamicPropertyRegistry registry)
    {
        registry.add("quanyu.home", HOME::toString);
        registry.add("quanyu.sources.party-jdbc-url", SOURCES::partyDatabaseUrl);
        registry.add("quanyu.sources.divisions-file", () -> SOURCES.divisionsFile().toString());
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
            return new SourceSystemsSimulator(new SimulationSettings("3302", Scale.SMALL, 11, LocalDate.of(2026, 11, 1), 30, 0.005))
                    .generate(SOURCES);
        }
        catch (Exception e) {
            throw new IllegalStateException("cannot generate the test sources", e);
        }
    }
}
