package io.quanyu.source.party;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The city party-organization system's database (党组织和党员信息系统): table {@code party_organization}.
 * Any JDBC URL works; the embedded default is an H2 file database that other processes may open too.
 */
public final class PartyOrganizationDatabase
{
    static final String SCHEMA = """
            create table if not exists party_organization (
                org_id varchar(32) primary key,
                org_name varchar(200) not null,
                org_level varchar(16) not null,
                org_domain varchar(16),
                parent_org_id varchar(32),
                division_code varchar(12) not null,
                founded_on date,
                status varchar(16) not null,
                updated_at timestamp not null
            )""";

    private final String jdbcUrl;

    public PartyOrganizationDatabase(String jdbcUrl)
    {
        this.jdbcUrl = requireNonNull(jdbcUrl, "jdbcUrl is null");
    }

    public String jdbcUrl()
    {
        return jdbcUrl;
    }

    /** Replaces the table's content with the given organizations. */
    public void replaceAll(List<PartyOrganization> organizations)
            throws SQLException
    {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "")) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(SCHEMA);
                statement.execute("delete from party_organization");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into party_organization values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (PartyOrganization organization : organizations) {
                    insert.setString(1, organization.id());
                    insert.setString(2, organization.name());
                    insert.setString(3, organization.level());
                    insert.setString(4, organization.domain());
                    insert.setString(5, organization.parentId());
                    insert.setString(6, organization.divisionCode());
                    insert.setDate(7, Date.valueOf(organization.foundedOn()));
                    insert.setString(8, organization.status());
                    insert.setTimestamp(9, Timestamp.valueOf(organization.updatedAt()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }
}
