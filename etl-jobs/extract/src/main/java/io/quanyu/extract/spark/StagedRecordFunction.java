package io.quanyu.extract.spark;

import io.quanyu.extract.jdbc.JdbcSourceReaders;
import io.quanyu.extract.ods.OdsLoad;
import io.quanyu.extract.ods.RecordValidator;
import io.quanyu.extract.ods.SourceRecord;
import io.quanyu.extract.ods.StagedRows;
import io.quanyu.schema.TableDefinition;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * Validates one Spark partition of source rows (every column as text) and turns each into a staged row, the way the
 * chunk step does one record at a time. Ordinals keep the read order across partitions: a partition's index in the
 * high bits, the row's position in the partition (sorted by key) in the low ones.
 */
final class StagedRecordFunction
        implements MapPartitionsFunction<Row, Row>
{
    private final TableDefinition table;
    private final String sourceTable;
    private final String key;
    private final OdsLoad load;
    private final Map<String, Set<String>> referenceKeys;
    private final Timestamp extractedAt;

    StagedRecordFunction(TableDefinition table, String sourceTable, String key, OdsLoad load, Map<String, Set<String>> referenceKeys, Timestamp extractedAt)
    {
        this.table = requireNonNull(table, "table is null");
        this.sourceTable = requireNonNull(sourceTable, "sourceTable is null");
        this.key = requireNonNull(key, "key is null");
        this.load = requireNonNull(load, "load is null");
        this.referenceKeys = new HashMap<>(referenceKeys);
        this.extractedAt = requireNonNull(extractedAt, "extractedAt is null");
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows)
    {
        Map<String, Predicate<String>> references = new HashMap<>();
        referenceKeys.forEach((column, keys) -> references.put(column, keys::contains));
        RecordValidator validator = new RecordValidator(table, references);
        StagedRows staged = new StagedRows(table);
        long first = StagedRows.firstOrdinal(TaskContext.getPartitionId());
        return new Iterator<>()
        {
            private long position;

            @Override
            public boolean hasNext()
            {
                return rows.hasNext();
            }

            @Override
            public Row next()
            {
                Row row = rows.next();
                Map<String, String> fields = new LinkedHashMap<>();
                for (int index = 0; index < row.length(); index++) {
                    fields.put(row.schema().fields()[index].name(), row.isNullAt(index) ? null : row.getString(index));
                }
                SourceRecord record = new SourceRecord(sourceTable + ":" + key + "=" + fields.get(key), fields, JdbcSourceReaders.json(fields), load.logicalDate());
                return RowFactory.create(staged.values(validator.validate(record), load, first + position++, extractedAt));
            }
        };
    }
}
