package io.quanyu.extract.party;

import io.quanyu.extract.ExtractProperties;
import io.quanyu.extract.jdbc.JdbcSourceReaders;
import io.quanyu.extract.ods.OdsSteps;
import io.quanyu.extract.ods.WindowKind;
import io.quanyu.extract.spark.SourceTable;
import org.springframework.batch.core.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Extracts the city party-organization and member system (a relational database over JDBC). Tables with a change
 * time are read by window (organizations, the change log, member points); tables without one are read whole each
 * date (members, service centers, resident-unit members). Members load before points, which are checked against them.
 */
@Configuration(proxyBeanMethods = false)
public class PartySystemExtractJobConfiguration
{
    public static final String JOB_NAME = "partySystemExtractJob";
    public static final String SOURCE_SYSTEM = "party-organization-system";

    @Bean(JOB_NAME)
    public Job partySystemExtractJob(OdsSteps steps, ExtractProperties properties)
    {
        ExtractProperties.Database database = properties.sources().party();
        return steps.job(JOB_NAME,
                steps.load(SOURCE_SYSTEM, "ods_party_organization", WindowKind.CHANGES, (logicalDate, window) ->
                        JdbcSourceReaders.changes("organizationReader", database, "party_organization", "org_id", "updated_at", window, logicalDate)),
                steps.load(SOURCE_SYSTEM, "ods_party_organization_change", WindowKind.CHANGES, (logicalDate, window) ->
                        JdbcSourceReaders.changes("organizationChangeReader", database, "party_organization_change", "change_id", "recorded_at", window, logicalDate)),
                // the members (585 thousand for Ningbo, read whole each day) and the 锋领指数 deeds (1.79 million) are the
                // system's largest tables: Spark stages them from key ranges read in parallel
                steps.sparkLoad(SOURCE_SYSTEM, "ods_party_member", SourceTable.snapshot(database, "party_member", "member_id")),
                steps.sparkLoad(SOURCE_SYSTEM, "ods_member_point", new SourceTable(database, "member_point", "point_id", "recorded_at")),
                steps.load(SOURCE_SYSTEM, "ods_party_service_center", WindowKind.SNAPSHOT, (logicalDate, window) ->
                        JdbcSourceReaders.snapshot("serviceCenterReader", database, "party_service_center", "center_id", logicalDate)),
                steps.load(SOURCE_SYSTEM, "ods_resident_unit_member", WindowKind.SNAPSHOT, (logicalDate, window) ->
                        JdbcSourceReaders.snapshot("residentUnitMemberReader", database, "resident_unit_member", "member_id", logicalDate)));
    }
}
