package io.quanyu.source;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceSystemsCommandTests
{
    @Test
    void databasesAreH2FilesInTheOutputFolderUnlessNamed()
    {
        // given
        Path output = Path.of("build", "sources");

        // when
        SourceSystemsLayout defaults = SourceSystemsCommand.layout(output, SourceSystemsCommand.options(new String[] {"generate", "--scale", "small"}), null);
        SourceSystemsLayout named = SourceSystemsCommand.layout(output, SourceSystemsCommand.options(new String[] {
                "--party-database", "jdbc:postgresql://db/party", "--governance-database", "jdbc:postgresql://db/governance", "--database-user", "etl"}), "secret");

        // then
        assertThat(defaults.partyDatabase()).isEqualTo(SourceDatabase.h2(output.resolve("party-system").resolve("party")));
        assertThat(defaults.governanceDatabase().readerUrl()).endsWith("governance-platform/governance;IFEXISTS=TRUE");
        assertThat(named.partyDatabase()).isEqualTo(new SourceDatabase("jdbc:postgresql://db/party", "etl", "secret"));
        assertThat(named.governanceDatabase()).isEqualTo(new SourceDatabase("jdbc:postgresql://db/governance", "etl", "secret"));
        assertThat(named.governanceDatabase().readerUrl()).isEqualTo("jdbc:postgresql://db/governance");
        assertThat(named.root()).isEqualTo(defaults.root());
    }

    @Test
    void anOptionWithoutAValueIsRefused()
    {
        assertThatThrownBy(() -> SourceSystemsCommand.options(new String[] {"--party-database"}))
                .hasMessageContaining("--party-database");
    }
}
