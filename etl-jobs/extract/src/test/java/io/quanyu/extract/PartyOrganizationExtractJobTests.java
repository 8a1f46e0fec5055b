package io.quanyu.extract;

import io.quanyu.extract.division.DivisionExtractJobConfiguration;
import io.quanyu.extract.ods.OdsJobParameters;
import io.quanyu.extract.party.PartyOrganizationExtractJobConfiguration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = ExtractTestApplication.class)
class PartyOrganizationExtractJobTests
{
    private static final AtomicLong RUNS = new AtomicLong();

    @Autowired
    private JobLauncher jobLauncher;

    @Autowired
    @Qualifier(PartyOrganizationExtractJobConfiguration.JOB_NAME)
    private Job partyOrganizationExtractJob;

    @Autowired
    @Qualifier(DivisionExtractJobConfiguration.JOB_NAME)
    private Job divisionExtractJob;

    @Autowired
    private SparkSession spark;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry)
    {
        ExtractJobTestSupport.register(registry);
    }

    @Test
    void everySourceRowLandsInOdsWithItsLoadMetadata()
            throws Exception
    {
        // given the simulated party-organization system of one district
        LocalDate day = LocalDate.of(2026, 11, 2);

        // when the job extracts it for a logical date
        JobExecution execution = run(partyOrganizationExtractJob, day);

        // then every source row is in that day's partition, traceable to its source row
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Row> loaded = spark.sql("""
                select count(*), count(distinct organization_id), min(source_system), min(source_location), count(distinct load_id)
                from ods.ods_party_organization where logical_date = date'2026-11-02'""").collectAsList();
        assertThat(loaded.get(0).getLong(0)).isEqualTo(ExtractJobTestSupport.GENERATED.partyOrganizations());
        assertThat(loaded.get(0).getLong(1)).isEqualTo(ExtractJobTestSupport.GENERATED.partyOrganizations());
        assertThat(loaded.get(0).getString(2)).isEqualTo("party-organization-system");
        assertThat(loaded.get(0).getString(3)).startsWith("party_organization:org_id=PO330203");
        assertThat(loaded.get(0).getLong(4)).isEqualTo(1);
        assertThat(execution.getStepExecutions()).extracting(step -> step.getReadCount())
                .contains((long) ExtractJobTestSupport.GENERATED.partyOrganizations());
    }

    @Test
    void rerunningADateReplacesItAndLeavesOtherDatesAlone()
            throws Exception
    {
        // given two loaded days
        LocalDate first = LocalDate.of(2026, 11, 3);
        LocalDate second = LocalDate.of(2026, 11, 4);
        run(partyOrganizationExtractJob, first);
        run(partyOrganizationExtractJob, second);

        // when the source loses an organization and the second day is run again
        try (Connection connection = DriverManager.getConnection(ExtractJobTestSupport.SOURCES.partyDatabaseUrl(), "sa", "")) {
            connection.createStatement().execute("""
                    delete from party_organization where org_id = (select max(org_id) from party_organization where parent_org_id is not null)""");
        }
        run(partyOrganizationExtractJob, second);
        run(partyOrganizationExtractJob, second);

        // then the second day holds the new state once, and the first day is unchanged
        long total = ExtractJobTestSupport.GENERATED.partyOrganizations();
        assertThat(count("2026-11-03")).isEqualTo(total);
        assertThat(count("2026-11-04")).isEqualTo(total - 1);
    }

    @Test
    void divisionRegisterIsLoadedWithFileAndLine()
            throws Exception
    {
        // given the division register file of one district
        // when it is extracted
        JobExecution execution = run(divisionExtractJob, LocalDate.of(2026, 11, 2));

        // then every line is a row naming its file and line
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Row> rows = spark.sql("""
                select division_level, count(*), min(source_location)
                from ods.ods_division where logical_date = date'2026-11-02' group by division_level order by division_level""")
                .collectAsList();
        assertThat(rows).extracting(row -> row.getString(0)).containsExactly("city", "community", "district", "street");
        assertThat(rows.stream().mapToLong(row -> row.getLong(1)).sum()).isEqualTo(ExtractJobTestSupport.GENERATED.divisions());
        assertThat(rows.get(0).getString(2)).isEqualTo("divisions.csv:2");
    }

    private JobExecution run(Job job, LocalDate day)
            throws Exception
    {
        return jobLauncher.run(job, OdsJobParameters.of(day, RUNS.incrementAndGet()));
    }

    private long count(String day)
    {
        return spark.sql("select count(*) from ods.ods_party_organization where logical_date = date'%s'".formatted(day))
                .first().getLong(0);
    }
}
