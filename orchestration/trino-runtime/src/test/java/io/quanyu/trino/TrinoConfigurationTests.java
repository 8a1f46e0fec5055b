package io.quanyu.trino;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrinoConfigurationTests
{
    @Test
    void writesEtcWithTheSharedCatalogAndPort(@TempDir Path folder)
            throws Exception
    {
        TrinoConfiguration.write(folder, Map.of(
                "data_directory", "/data", "heap", "2G", "http_port", "18080", "plugin_directory", "/trino/plugin",
                "catalog_driver", "org.sqlite.JDBC", "catalog_uri", "jdbc:sqlite:/w/catalog.db", "catalog_name", "quanyu",
                "warehouse_uri", "file:/w/"));

        String catalog = Files.readString(folder.resolve("catalog/quanyu.properties"));
        assertThat(catalog).contains("iceberg.jdbc-catalog.connection-url=jdbc:sqlite:/w/catalog.db",
                "iceberg.jdbc-catalog.catalog-name=quanyu", "iceberg.jdbc-catalog.driver-class=org.sqlite.JDBC");
        assertThat(Files.readString(folder.resolve("config.properties"))).contains("http-server.http.port=18080",
                "discovery.uri=http://127.0.0.1:18080", "plugin.dir=/trino/plugin");
        assertThat(Files.readString(folder.resolve("jvm.config"))).contains("-Xmx2G");
    }

    @Test
    void aMissingValueIsNamed()
    {
        assertThatThrownBy(() -> TrinoConfiguration.render("config.properties", "port=${http_port}", Map.of()))
                .hasMessage("no value for ${http_port} in Trino template config.properties");
    }

    @Test
    void catalogDriverFollowsTheUrl()
    {
        assertThat(TrinoConfiguration.catalogDriver("jdbc:postgresql://db/quanyu")).isEqualTo("org.postgresql.Driver");
        assertThatThrownBy(() -> TrinoConfiguration.catalogDriver("jdbc:mysql://db")).hasMessageContaining("unsupported catalog URL");
    }

    @Test
    void findsAJdkNewEnoughForTrinoOrSaysWhatItLookedAt()
    {
        Path home = JavaRuntimeFinder.find(TrinoServer.MINIMUM_JAVA);

        assertThat(JavaRuntimeFinder.version(home)).get().satisfies(version -> assertThat(version).isGreaterThanOrEqualTo(23));
        assertThatThrownBy(() -> JavaRuntimeFinder.find(999)).hasMessageContaining("no JDK 999 or newer found");
    }
}
