package io.quanyu.extract.spark;

import io.quanyu.extract.jdbc.SourceRowMapper;
import io.quanyu.extract.ods.OdsLoad;
import io.quanyu.extract.ods.OdsStagingArea;
import io.quanyu.extract.ods.RecordValidator;
import io.quanyu.extract.ods.StagedRows;
import io.quanyu.schema.TableDefinition;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;

import java.nio.file.Path;
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
 * Stages the key ranges of one Spark partition as one chunk of the load: reads them from the source database in key
 * order, each row as text the way the chunk readers read it, validates each and writes it to the chunk file with the
 * chunk steps' own writer, and gives back the count. Ordinals keep the read order across partitions: a partition's
 * index in the high bits, the row's position in the partition in the low ones.
 */
final class KeyRangeStageFunction
        implements MapPartitionsFunction<String, Long>
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
    private final String stagingRoot;

    KeyRangeStageFunction(SourceTable source, TableDefinition table, OdsLoad load, Map<String, Set<String>> referenceKeys, Timestamp extractedAt,
            OdsStagingArea staging)
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
        this.stagingRoot = staging.root().toString();
    }

    @Override
    public Iterator<Long> call(Iterator<String> ranges)
            throws SQLException
    {
        Map<String, Predicate<String>> references = new HashMap<>();
        referenceKeys.forEach((column, keys) -> references.put(column, keys::contains));
        RecordValidator validator = new RecordValidator(table, references);
        StagedRows staged = new StagedRows(table);
        List<String> conditions = new ArrayList<>();
        ranges.forEachRemaining(conditions::add);
        long firstOrdinal = StagedRows.firstOrdinal(TaskContext.getPartitionId());
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            // PostgreSQL streams a result in fetch-size batches only inside a transaction; otherwise it holds it all
            connection.setAutoCommit(false);
            RangeRows rows = new RangeRows(connection, conditions, validator, staged, firstOrdinal);
            long count = new OdsStagingArea(Path.of(stagingRoot)).stage(load, firstOrdinal, staged.schema(), rows);
            rows.close();
            return List.of(count).iterator();
        }
    }

    /** The staged values of the rows of each condition in turn, ordered by key, read one at a time. */
    private final class RangeRows
            implements Iterator<Object[]>
    {
        private final Connection connection;
        private final Iterator<String> conditions;
        private final RecordValidator validator;
        private final StagedRows staged;
        private final SourceRowMapper mapper = new SourceRowMapper(sourceTable, key, load.logicalDate());
        private final StagedRows.Stamp stamp = StagedRows.stamp(load, extractedAt);
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
        public Object[] next()
        {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            fetched = false;
            try {
                return staged.values(validator.validate(mapper.mapRow(rows, 0)), stamp, ordinal++);
            }
            catch (SQLException e) {
                throw new IllegalStateException("cannot read a row of %s at ordinal %d: %s".formatted(sourceTable, ordinal, e.getMessage()), e);
            }
        }

        private void open(String condition)
                throws SQLException
        {
            close();
            Statement statement = connection.createStatement();
            statement.setFetchSize(5_000);
            rows = statement.executeQuery("select * from %s where %s order by %s".formatted(sourceTable, condition, key));
        }

        private void close()
                throws SQLException
        {
            if (rows != null) {
                rows.getStatement().close();
            }
        }
    }
}
