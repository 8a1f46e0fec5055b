package io.quanyu.extract.spark;

import io.quanyu.extract.jdbc.JdbcSourceReaders;
import io.quanyu.extract.ods.OdsLoad;
import io.quanyu.extract.ods.RecordValidator;
import io.quanyu.extract.ods.StagedRows;
import io.quanyu.schema.TableDefinition;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.TaskCompletionListener;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * Reads the key ranges of one Spark partition from the source database in key order, each row as text the way the
 * chunk readers read it, and turns each into a validated staged row. Ordinals keep the read order across partitions:
 * a partition's index in the high bits, the row's position in the partition in the low ones.
 */
final class KeyRangeStageFunction
        implements MapPartitionsFunction<String, Row>
{
    private final String url;
    private final String user;
    private final String password;
    private final String sourceTable;
    private final String key;
    private final TableDefinition table;
    private final OdsLoad load;
    private final Map<String, Set<String>> referenceKeys;
    private final Timestamp extractedAt;

    KeyRangeStageFunction(SourceTable source, TableDefinition table, OdsLoad load, Map<String, Set<String>> referenceKeys, Timestamp extractedAt)
    {
        this.url = source.database().url();
        this.user = source.database().user();
        this.password = source.database().password();
        this.sourceTable = source.table();
        this.key = source.key();
        this.table = requireNonNull(table, "table is null");
        this.load = requireNonNull(load, "load is null");
        this.referenceKeys = new HashMap<>(referenceKeys);
        this.extractedAt = requireNonNull(extractedAt, "extractedAt is null");
    }

    @Override
    public Iterator<Row> call(Iterator<String> ranges)
            throws SQLException
    {
        Map<String, Predicate<String>> references = new HashMap<>();
        referenceKeys.forEach((column, keys) -> references.put(column, keys::contains));
        RecordValidator validator = new RecordValidator(table, references);
        StagedRows staged = new StagedRows(table);
        List<String> conditions = new ArrayList<>();
        ranges.forEachRemaining(conditions::add);
        Connection connection = DriverManager.getConnection(url, user, password);
        // PostgreSQL streams a result in fetch-size batches only inside a transaction; otherwise it holds it all
        connection.setAutoCommit(false);
        TaskContext.get().addTaskCompletionListener((TaskCompletionListener) context -> close(connection));
        return new RangeRows(connection, conditions, validator, staged, StagedRows.firstOrdinal(TaskContext.getPartitionId()));
    }

    private void close(Connection connection)
    {
        try {
            connection.close();
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot close the connection to " + url, e);
        }
    }

    /** The rows of each condition in turn, ordered by key, read one at a time. */
    private final class RangeRows
            implements Iterator<Row>
    {
        private final Connection connection;
        private final Iterator<String> conditions;
        private final RecordValidator validator;
        private final StagedRows staged;
        private long ordinal;
        private ResultSet rows;
        private boolean fetched;

        private RangeRows(Connection connection, List<String> conditions, RecordValidator validator, StagedRows staged, long firstOrdinal)
        {
            this.connection = connection;
            this.conditions = conditions.iterator();
            this.validator = validator;
            this.staged = staged;
            this.ordinal = firstOrdinal;
        }

        @Override
        public boolean hasNext()
        {
            try {
                while (!fetched) {
                    if (rows != null && rows.next()) {
                        fetched = true;
                    }
                    else if (conditions.hasNext()) {
                        open(conditions.next());
                    }
                    else {
                        return false;
                    }
                }
                return true;
            }
            catch (SQLException e) {
                throw new IllegalStateException("cannot read %s of %s: %s".formatted(sourceTable, url, e.getMessage()), e);
            }
        }

        @Override
        public Row next()
        {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            fetched = false;
            try {
                return RowFactory.create(staged.values(validator.validate(JdbcSourceReaders.record(rows, sourceTable, key, load.logicalDate())), load,
                        ordinal++, extractedAt));
            }
            catch (SQLException e) {
                throw new IllegalStateException("cannot read a row of %s at ordinal %d: %s".formatted(sourceTable, ordinal, e.getMessage()), e);
            }
        }

        private void open(String condition)
                throws SQLException
        {
            if (rows != null) {
                rows.getStatement().close();
            }
            Statement statement = connection.createStatement();
            statement.setFetchSize(5_000);
            rows = statement.executeQuery("select * from %s where %s order by %s".formatted(sourceTable, condition, key));
        }
    }
}
