package io.quanyu.source;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/** Where the simulator puts each source system below one folder, and how the ETL reaches them there. */
public record SourceSystemsLayout(Path root, SourceDatabase partyDatabase, SourceDatabase governanceDatabase)
{
    public SourceSystemsLayout
    {
        root = requireNonNull(root, "root is null").toAbsolutePath().normalize();
        requireNonNull(partyDatabase, "partyDatabase is null");
        requireNonNull(governanceDatabase, "governanceDatabase is null");
    }

    /**
     * Everything below one folder. The two databases are H2 files there: one process opens each at a time (the
     * simulator, a test, an extract job), a second one gets a clear "already in use" error rather than a view that
     * may be lost.
     */
    public SourceSystemsLayout(Path root)
    {
        this(root, SourceDatabase.h2(root.resolve("party-system").resolve("party")),
                SourceDatabase.h2(root.resolve("governance-platform").resolve("governance")));
    }

    /** The same folder with the two databases elsewhere (PostgreSQL, say). */
    public SourceSystemsLayout withDatabases(SourceDatabase party, SourceDatabase governance)
    {
        return new SourceSystemsLayout(root, party, governance);
    }

    /** One district's grid platform exports: daily CSV files in the district's own dialect. */
    public Path gridPlatformFolder(String districtCode)
    {
        return root.resolve("grid-platform").resolve(districtCode);
    }

    /** What the API district's grid platform serves, loaded by its HTTP server. */
    public Path gridApiFolder(String districtCode)
    {
        return root.resolve("grid-platform-api").resolve(districtCode);
    }

    /** Every defect injected on purpose, one JSON object a line. */
    public Path defectManifest()
    {
        return root.resolve("manifest").resolve("defects.jsonl");
    }

    /** The HR system's monthly roster exports ({@code roster-yyyymm.csv}). */
    public Path staffRosterFolder()
    {
        return root.resolve("hr-roster");
    }

    /** The street finance offices' monthly ledgers, one folder per street of Excel workbooks. */
    public Path fundLedgerFolder()
    {
        return root.resolve("fund-ledgers");
    }

    /** The districts' 两新 registers: one folder per district of monthly CSV snapshots. */
    public Path twoNewRegisterFolder()
    {
        return root.resolve("two-new-register");
    }

    /** What the sources were generated with, so that they can be advanced by a day with the same history. */
    public Path settingsFile()
    {
        return root.resolve("simulation.properties");
    }

    /** The division register the city publishes (NBS codes), UTF-8 CSV. */
    public Path divisionsFile()
    {
        return root.resolve("reference").resolve("divisions.csv");
    }
}
