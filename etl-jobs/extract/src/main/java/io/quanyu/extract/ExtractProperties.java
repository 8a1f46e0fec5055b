package io.quanyu.extract;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * Where the sources and the warehouse are. Defaults derive from {@code quanyu.home}; each can be overridden
 * (for example a PostgreSQL URL for the party-organization system).
 *
 * @param extractThreads how many parts of a file source are read at once; by default one per processor
 */
@ConfigurationProperties("quanyu")
public record ExtractProperties(Path home, Sources sources, int chunkSize, int extractThreads)
{
    public ExtractProperties
    {
        requireNonNull(home, "quanyu.home is not set");
        requireNonNull(sources, "quanyu.sources is not set");
        if (chunkSize < 1) {
            throw new IllegalArgumentException("quanyu.chunk-size must be positive, got " + chunkSize);
        }
        extractThreads = extractThreads > 0 ? extractThreads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * @param gridApiUrl the API district's grid platform; when blank, the port the simulator's server wrote to
     *         {@code <grid-api-port-file>} on localhost
     */
    public record Sources(
            Database party,
            Database governance,
            Path divisionsFile,
            Path gridPlatformFolder,
            String gridApiUrl,
            Path gridApiPortFile,
            Path fundLedgerFolder,
            Path staffRosterFolder,
            Path twoNewRegisterFolder)
    {
        public Sources
        {
            requireNonNull(party, "quanyu.sources.party.url is not set");
            requireNonNull(divisionsFile, "quanyu.sources.divisions-file is not set");
        }
    }

    public record Database(String url, String user, String password)
    {
        public Database
        {
            requireNonNull(url, "the JDBC url of a source database is not set");
            user = user == null ? "sa" : user;
            password = password == null ? "" : password;
        }
    }
}
