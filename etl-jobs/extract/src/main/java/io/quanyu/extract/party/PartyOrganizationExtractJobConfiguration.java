package io.quanyu.extract.party;

import io.quanyu.extract.ExtractProperties;
import io.quanyu.extract.ods.OdsChunkWriter;
import io.quanyu.extract.ods.OdsLoad;
import io.quanyu.extract.ods.OdsPublishTasklet;
import io.quanyu.extract.ods.OdsRowFactory;
import io.quanyu.extract.ods.OdsRowProcessor;
import io.quanyu.extract.ods.OdsStagingArea;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.database.JdbcCursorItemReader;
import org.springframework.batch.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Extracts the city party-organization system (a relational database over JDBC) into {@code ods_party_organization}:
 * the whole table as it is on the logical date, one snapshot per date.
 */
@Configuration(proxyBeanMethods = false)
public class PartyOrganizationExtractJobConfiguration
{
    public static final String JOB_NAME = "partyOrganizationExtractJob";
    static final String SOURCE_SYSTEM = "party-organization-system";
    static final String TABLE = "ods_party_organization";

    @Bean
    @StepScope
    public JdbcCursorItemReader<Map<String, Object>> partyOrganizationReader(ExtractProperties properties)
    {
        ExtractProperties.Sources sources = properties.sources();
        return new JdbcCursorItemReaderBuilder<Map<String, Object>>()
                .name("partyOrganizationReader")
                .dataSource(new DriverManagerDataSource(sources.partyJdbcUrl(), sources.partyUser(), sources.partyPassword()))
                .sql("""
                        select org_id, org_name, org_level, org_domain, org_form, parent_org_id, division_code, founded_on, dissolved_on,
                               merged_into, status, updated_at
                        from party_organization
                        order by org_id""")
                .fetchSize(5_000)
                .rowMapper((resultSet, rowNumber) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("organization_id", resultSet.getString("org_id"));
                    row.put("organization_name", resultSet.getString("org_name"));
                    row.put("organization_level", resultSet.getString("org_level"));
                    row.put("organization_domain", resultSet.getString("org_domain"));
                    row.put("organization_form", resultSet.getString("org_form"));
                    row.put("parent_organization_id", resultSet.getString("parent_org_id"));
                    row.put("division_code", resultSet.getString("division_code"));
                    row.put("founded_on", resultSet.getDate("founded_on"));
                    row.put("dissolved_on", resultSet.getDate("dissolved_on"));
                    row.put("merged_into_id", resultSet.getString("merged_into"));
                    row.put("status", resultSet.getString("status"));
                    row.put("updated_at", resultSet.getTimestamp("updated_at"));
                    return row;
                })
                .build();
    }

    @Bean
    @StepScope
    public OdsRowProcessor<Map<String, Object>> partyOrganizationProcessor(
            WarehouseTables tables,
            @Value("#{stepExecution}") StepExecution stepExecution)
    {
        OdsRowFactory rows = new OdsRowFactory(tables.definition(TABLE), OdsLoad.of(SOURCE_SYSTEM, TABLE, stepExecution));
        return new OdsRowProcessor<>(rows, source -> source, source -> "party_organization:org_id=" + source.get("organization_id"));
    }

    @Bean
    @StepScope
    public OdsChunkWriter partyOrganizationWriter(
            SparkSession spark,
            WarehouseTables tables,
            OdsStagingArea staging,
            @Value("#{stepExecution}") StepExecution stepExecution)
    {
        return new OdsChunkWriter(spark, tables, staging, OdsLoad.of(SOURCE_SYSTEM, TABLE, stepExecution));
    }

    @Bean
    public Step partyOrganizationExtractStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ExtractProperties properties,
            JdbcCursorItemReader<Map<String, Object>> partyOrganizationReader,
            OdsRowProcessor<Map<String, Object>> partyOrganizationProcessor,
            OdsChunkWriter partyOrganizationWriter)
    {
        return new StepBuilder("partyOrganizationExtractStep", jobRepository)
                .<Map<String, Object>, Row>chunk(properties.chunkSize(), transactionManager)
                .reader(partyOrganizationReader)
                .processor(partyOrganizationProcessor)
                .writer(partyOrganizationWriter)
                .build();
    }

    @Bean
    @StepScope
    public OdsPublishTasklet partyOrganizationPublishTasklet(
            SparkSession spark,
            WarehouseTables tables,
            OdsStagingArea staging,
            @Value("#{stepExecution}") StepExecution stepExecution)
    {
        return new OdsPublishTasklet(spark, tables, staging, OdsLoad.of(SOURCE_SYSTEM, TABLE, stepExecution));
    }

    @Bean
    public Step partyOrganizationPublishStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            OdsPublishTasklet partyOrganizationPublishTasklet)
    {
        return new StepBuilder("partyOrganizationPublishStep", jobRepository)
                .tasklet(partyOrganizationPublishTasklet, transactionManager)
                .build();
    }

    @Bean
    public Job partyOrganizationExtractJob(JobRepository jobRepository, Step partyOrganizationExtractStep, Step partyOrganizationPublishStep)
    {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(partyOrganizationExtractStep)
                .next(partyOrganizationPublishStep)
                .build();
    }
}
