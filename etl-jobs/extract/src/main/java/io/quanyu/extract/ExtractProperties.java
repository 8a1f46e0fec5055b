package io.quanyu.extract;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * Where the sources and the warehouse are. Defaults derive from {@code quanyu.home}; each can be overridden
 * (for example a PostgreSQL URL for the party-organization system).
 */
@ConfigurationProperties("quanyu")
public record ExtractProperties(Path home, Sources sources, int chunkSize)
{
    public ExtractProperties
    {
        requireNonNull(home, "quanyu.home is not set");
        requireNonNull(sources, "quanyu.sources is not set");
        if (chunkSize < 1) {
            throw new IllegalArgumentException("quanyu.chunk-size must be positive, got " + chunkSize);
        }
    }

    public record Sources(String partyJdbcUrl, String partyUser, String partyPassword, Path divisionsFile)
    {
        public Sources
        {
            requireNonNull(partyJdbcUrl, "quanyu.sources.party-jdbc-url is not set");
            requireNonNull(divisionsFile, "quanyu.sources.divisions-file is not set");
            partyUser = partyUser == null ? "sa" : partyUser;
            partyPassword = partyPassword == null ? "" : partyPassword;
        }
    }
}
