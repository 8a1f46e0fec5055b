package io.quanyu.transform.publish;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/**
 * The tables' pointers in Iceberg's JDBC catalog, moved together in one database transaction. Iceberg's JDBC catalog
 * commits one table at a time; the catalog is a plain SQL table, though, so a day's tables can change together: every
 * pointer moves only if it still is where the day's build found it, or none moves.
 */
public final class CatalogPointers
{
    // the statement Iceberg's own JDBC catalog commits with, for all tables at once
    private static final String MOVE = """
            update iceberg_tables set metadata_location = ?, previous_metadata_location = ?
            where catalog_name = ? and table_namespace = ? and table_name = ? and metadata_location = ?
            and (iceberg_type = 'TABLE' or iceberg_type is null)""";

    private final String uri;
    private final Properties connectionProperties;
    private final String catalogName;

    public CatalogPointers(String uri, Properties connectionProperties, String catalogName)
    {
        this.uri = requireNonNull(uri, "uri is null");
        this.connectionProperties = new Properties();
        this.connectionProperties.putAll(requireNonNull(connectionProperties, "connectionProperties is null"));
        this.catalogName = requireNonNull(catalogName, "catalogName is null");
    }

    /** Moves every pointer, or none when one of them was moved by someone else since it was read. */
    public void moveTogether(List<CatalogPointerMove> moves)
    {
        try (Connection connection = DriverManager.getConnection(uri, connectionProperties)) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(MOVE)) {
                for (CatalogPointerMove move : moves) {
                    statement.setString(1, move.toMetadata());
                    statement.setString(2, move.fromMetadata());
                    statement.setString(3, catalogName);
                    statement.setString(4, move.namespace());
                    statement.setString(5, move.table());
                    statement.setString(6, move.fromMetadata());
                    if (statement.executeUpdate() != 1) {
                        throw new IllegalStateException("table %s changed in catalog %s while the day was built (expected metadata %s); nothing was published"
                                .formatted(move.qualifiedName(), catalogName, move.fromMetadata()));
                    }
                }
                connection.commit();
            }
            catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot move %d table pointers in catalog %s at %s".formatted(moves.size(), catalogName, uri), e);
        }
    }

    /** Where a table's pointer is now, or an error naming the table when the catalog does not know it. */
    public String location(String namespace, String table)
    {
        try (Connection connection = DriverManager.getConnection(uri, connectionProperties);
                PreparedStatement statement = connection.prepareStatement(
                        "select metadata_location from iceberg_tables where catalog_name = ? and table_namespace = ? and table_name = ?")) {
            statement.setString(1, catalogName);
            statement.setString(2, namespace);
            statement.setString(3, table);
            try (var result = statement.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalArgumentException("table %s.%s is not in catalog %s".formatted(namespace, table, catalogName));
                }
                return result.getString(1);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot read table %s.%s in catalog %s at %s".formatted(namespace, table, catalogName, uri), e);
        }
    }
}
