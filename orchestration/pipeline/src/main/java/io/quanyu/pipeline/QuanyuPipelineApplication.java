package io.quanyu.pipeline;

import io.quanyu.source.SourceSystemsLayout;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.nio.file.Path;
import java.util.Map;

/**
 * The pipeline operators and Airflow run: {@code extract}, {@code transform} or {@code run} for one logical date.
 * Exit code 0 on success, non-zero on failure, one summary line per step.
 */
@SpringBootApplication(scanBasePackages = {"io.quanyu.pipeline", "io.quanyu.extract"})
public class QuanyuPipelineApplication
{
    public static void main(String[] args)
    {
        SpringApplication application = new SpringApplication(QuanyuPipelineApplication.class);
        application.setDefaultProperties(defaults(home()));
        System.exit(SpringApplication.exit(application.run(args)));
    }

    /** Embedded defaults below {@code QUANYU_HOME}; every one can be overridden by property or environment. */
    static Map<String, Object> defaults(Path home)
    {
        SourceSystemsLayout sources = new SourceSystemsLayout(home.resolve("sources"));
        return Map.of(
                "quanyu.home", home.toString(),
                "quanyu.sources.party.url", sources.partyDatabase().readerUrl(),
                "quanyu.sources.governance.url", sources.governanceDatabase().readerUrl(),
                "quanyu.sources.divisions-file", sources.divisionsFile().toString(),
                "quanyu.sources.grid-platform-folder", sources.root().resolve("grid-platform").toString(),
                "quanyu.sources.grid-api-port-file", sources.root().resolve("grid-platform-api").resolve("http.port").toString(),
                "quanyu.sources.fund-ledger-folder", sources.fundLedgerFolder().toString(),
                "quanyu.sources.staff-roster-folder", sources.staffRosterFolder().toString(),
                "quanyu.sources.two-new-register-folder", sources.twoNewRegisterFolder().toString(),
                // the context closes the pool, and so the database, before main exits: H2's own shutdown hook would close
                // it a second time, concurrently with any close still compacting the file
                "spring.datasource.url", "jdbc:h2:file:" + home.resolve("batch").resolve("repository") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    static Path home()
    {
        String configured = System.getenv("QUANYU_HOME");
        return Path.of(configured == null || configured.isBlank() ? ".quanyu" : configured).toAbsolutePath().normalize();
    }
}
