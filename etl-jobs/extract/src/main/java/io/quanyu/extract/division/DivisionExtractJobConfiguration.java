package io.quanyu.extract.division;

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
import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.batch.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.item.file.transform.FieldSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.Map;

/** Extracts the city's division register (a UTF-8 CSV file) into {@code ods_division}, one snapshot per logical date. */
@Configuration(proxyBeanMethods = false)
public class DivisionExtractJobConfiguration
{
    public static final String JOB_NAME = "divisionExtractJob";
    static final String SOURCE_SYSTEM = "division-register";
    static final String TABLE = "ods_division";

    @Bean
    @StepScope
    public FlatFileItemReader<SourceLine> divisionReader(ExtractProperties properties)
    {
        FileSystemResource file = new FileSystemResource(properties.sources().divisionsFile());
        DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer();
        tokenizer.setNames("level", "division_code", "division_name", "parent_code");
        return new FlatFileItemReaderBuilder<SourceLine>()
                .name("divisionReader")
                .resource(file)
                .encoding("UTF-8")
                .linesToSkip(1)
                .strict(true)
                .lineMapper((line, lineNumber) -> new SourceLine(file.getFilename() + ":" + lineNumber, tokenizer.tokenize(line)))
                .build();
    }

    @Bean
    @StepScope
    public OdsRowProcessor<SourceLine> divisionProcessor(WarehouseTables tables, @Value("#{stepExecution}") StepExecution stepExecution)
    {
        OdsRowFactory rows = new OdsRowFactory(tables.definition(TABLE), OdsLoad.of(SOURCE_SYSTEM, TABLE, stepExecution));
        return new OdsRowProcessor<>(rows, line -> Map.of(
                "division_level", line.fields().readString("level"),
                "division_code", line.fields().readString("division_code"),
                "division_name", line.fields().readString("division_name"),
                "parent_code", line.fields().readString("parent_code")), SourceLine::location);
    }

    @Bean
    @StepScope
    public OdsChunkWriter divisionWriter(SparkSession spark, WarehouseTables tables, OdsStagingArea staging,
            @Value("#{stepExecution}") StepExecution stepExecution)
    {
        return new OdsChunkWriter(spark, tables, staging, OdsLoad.of(SOURCE_SYSTEM, TABLE, stepExecution));
    }

    @Bean
    public Step divisionExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ExtractProperties properties,
            FlatFileItemReader<SourceLine> divisionReader, OdsRowProcessor<SourceLine> divisionProcessor, OdsChunkWriter divisionWriter)
    {
        return new StepBuilder("divisionExtractStep", jobRepository)
                .<SourceLine, Row>chunk(properties.chunkSize(), transactionManager)
                .reader(divisionReader)
                .processor(divisionProcessor)
                .writer(divisionWriter)
                .build();
    }

    @Bean
    @StepScope
    public OdsPublishTasklet divisionPublishTasklet(SparkSession spark, WarehouseTables tables, OdsStagingArea staging,
            @Value("#{stepExecution}") StepExecution stepExecution)
    {
        return new OdsPublishTasklet(spark, tables, staging, OdsLoad.of(SOURCE_SYSTEM, TABLE, stepExecution));
    }

    @Bean
    public Step divisionPublishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            OdsPublishTasklet divisionPublishTasklet)
    {
        return new StepBuilder("divisionPublishStep", jobRepository)
                .tasklet(divisionPublishTasklet, transactionManager)
                .build();
    }

    @Bean
    public Job divisionExtractJob(JobRepository jobRepository, Step divisionExtractStep, Step divisionPublishStep)
    {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(divisionExtractStep)
                .next(divisionPublishStep)
                .build();
    }

    /** A tokenized line with where it came from (file and line number). */
    public record SourceLine(String location, FieldSet fields) {}
}
