package io.quanyu.source.party;

import io.quanyu.source.SourceDatabase;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The city party-organization system's database (党组织和党员信息系统): organizations as they are now, their change log,
 * the party-mass service centers, and the resident units' part-time committee members. Any JDBC URL works (the tables
 * are plain SQL that PostgreSQL loads too); the embedded default is an H2 file database.
 */
public final class PartyOrganizationDatabase
{
    static final List<String> SCHEMA = List.of("""
            create table party_organization (
                org_id varchar(32) primary key,
                org_name varchar(200) not null,
                org_level varchar(16) not null,
                org_domain varchar(16),
                org_form varchar(16) not null,
                parent_org_id varchar(32),
                division_code varchar(12) not null,
                founded_on date,
                dissolved_on date,
                merged_into varchar(32),
                status varchar(16) not null,
                updated_at timestamp not null
            )""", """
            create table party_organization_change (
                change_id bigint primary key,
                org_id varchar(32) not null,
                change_type varchar(8) not null,
                effective_on date not null,
                old_name varchar(200),
                new_name varchar(200),
                merged_into varchar(32),
                recorded_at timestamp not null
            )""", """
            create table party_service_center (
                center_id varchar(32) primary key,
                center_name varchar(200) not null,
                center_level varchar(8) not null,
                division_code varchar(12) not null,
                star_rating varchar(4) not null,
                floor_area integer not null,
                opened_on date not null
            )""", """
            create table resident_unit_member (
                member_id varchar(32) primary key,
                unit_name varchar(200) not null,
                unit_type varchar(16) not null,
                person_name varchar(32) not null,
                org_id varchar(32) not null,
                since date not null
            )""");

    private final SourceDatabase database;

    public PartyOrganizationDatabase(SourceDatabase database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /** Replaces the database's content. */
    public void replaceAll(List<PartyOrganization> organizations, List<PartyOrganizationChange> changes, List<ServiceCenter> centers,
            List<ResidentUnitMember> residents)
            throws SQLException
    {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("party_organization", "party_organization_change", "party_service_center", "resident_unit_member")) {
                    statement.execute("drop table if exists " + table);
                }
                for (String table : SCHEMA) {
                    statement.execute(table);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into party_organization values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (PartyOrganization organization : organizations) {
                    insert.setString(1, organization.id());
                    insert.setString(2, organization.name());
                    insert.setString(3, organization.level());
                    insert.setString(4, organization.domain());
                    insert.setString(5, organization.form().label());
                    insert.setString(6, organization.parentId());
                    insert.setString(7, organization.divisionCode());
                    insert.setDate(8, date(organization.foundedOn()));
                    insert.setDate(9, date(organization.dissolvedOn()));
                    insert.setString(10, organization.mergedInto());
                    insert.setString(11, organization.status());
                    insert.setTimestamp(12, Timestamp.valueOf(organization.updatedAt()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into party_organization_change values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                long id = 0;
                for (PartyOrganizationChange change : changes) {
                    insert.setLong(1, ++id);
                    insert.setString(2, change.organizationId());
                    insert.setString(3, change.changeType());
                    insert.setDate(4, date(change.effectiveOn()));
                    insert.setString(5, change.oldName());
                    insert.setString(6, change.newName());
                    insert.setString(7, change.mergedInto());
                    insert.setTimestamp(8, Timestamp.valueOf(change.recordedAt()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into party_service_center values (?, ?, ?, ?, ?, ?, ?)")) {
                for (ServiceCenter center : centers) {
                    insert.setString(1, center.id());
                    insert.setString(2, center.name());
                    insert.setString(3, center.level());
                    insert.setString(4, center.divisionCode());
                    insert.setString(5, center.rating());
                    insert.setInt(6, center.floorArea());
                    insert.setDate(7, date(center.openedOn()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into resident_unit_member values (?, ?, ?, ?, ?, ?)")) {
                for (ResidentUnitMember member : residents) {
                    insert.setString(1, member.id());
                    insert.setString(2, member.unitName());
                    insert.setString(3, member.unitType());
                    insert.setString(4, member.personName());
                    insert.setString(5, member.organizationId());
                    insert.setDate(6, date(member.since()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }

    private static Date date(LocalDate value)
    {
        return value == null ? null : Date.valueOf(value);
    }
}
