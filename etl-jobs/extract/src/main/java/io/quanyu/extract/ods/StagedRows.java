package io.quanyu.extract.ods;

import io.quanyu.schema.TableDefinition;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The shape a load's records wait in: the ODS table's columns (all nullable, since a rejected record may lack any),
 * then the record's position in the read, its first problem, all its problems, the record as read, its key and, if
 * accepted, the two hashes of its duplicate key. Loaded and quarantined records are staged together so the publish
 * step can prove none went missing.
 */
public final class StagedRows
{
    public static final String ORDINAL = "_ordinal";
    public static final String REJECTED_FIELD = "_rejected_field";
    public static final String REJECTION_REASON = "_rejection_reason";
    public static final String REJECTION_MESSAGE = "_rejection_message";
    public static final String RAW_RECORD = "_raw_record";
    public static final String RECORD_KEY = "_record_key";
    public static final String KEY_HASH = "_key_hash";
    public static final String KEY_CHECK = "_key_check";
    private static final int PART_SHIFT = 40;

    private final TableDefinition table;
    private final List<String> columns;
    private final StructType schema;
    private final int sourceSystemColumn;
    private final int sourceLocationColumn;
    private final int loadIdColumn;
    private final int logicalDateColumn;
    private final int extractedAtColumn;
    private final String keyColumn;

    public StagedRows(TableDefinition table)
    {
        this.table = requireNonNull(table, "table is null");
        this.columns = table.columnNames();
        sourceSystemColumn = metadataColumn("source_system");
        sourceLocationColumn = metadataColumn("source_location");
        loadIdColumn = metadataColumn("load_id");
        logicalDateColumn = metadataColumn("logical_date");
        extractedAtColumn = metadataColumn("extracted_at");
        keyColumn = table.uniqueKey().isEmpty() ? null : table.uniqueKey().get(0);
        List<StructField> fields = new ArrayList<>(Arrays.stream(WarehouseTables.schema(table).fields())
                .map(field -> DataTypes.createStructField(field.name(), field.dataType(), true))
                .toList());
        fields.add(DataTypes.createStructField(ORDINAL, DataTypes.LongType, false));
        for (String extra : List.of(REJECTED_FIELD, REJECTION_REASON, REJECTION_MESSAGE, RAW_RECORD, RECORD_KEY)) {
            fields.add(DataTypes.createStructField(extra, DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField(KEY_HASH, DataTypes.LongType, true));
        fields.add(DataTypes.createStructField(KEY_CHECK, DataTypes.LongType, true));
        this.schema = DataTypes.createStructType(fields);
    }

    public StructType schema()
    {
        return schema;
    }

    public TableDefinition table()
    {
        return table;
    }

    /** The load metadata of every record staged together, made once for them all. */
    public static Stamp stamp(OdsLoad load, Timestamp extractedAt)
    {
        return new Stamp(load.sourceSystem(), load.loadId(), load.logicalDate(), extractedAt);
    }

    /** The record's staged values, in the order of {@link #schema()}. */
    public Object[] values(ValidatedRecord record, Stamp stamp, long ordinal)
    {
        Object[] values = new Object[columns.size() + 8];
        for (int index = 0; index < columns.size(); index++) {
            values[index] = record.values().get(columns.get(index));
        }
        values[sourceSystemColumn] = stamp.sourceSystem();
        values[sourceLocationColumn] = record.source().location();
        values[loadIdColumn] = stamp.loadId();
        values[logicalDateColumn] = stamp.logicalDate();
        values[extractedAtColumn] = stamp.extractedAt();
        int extra = columns.size();
        values[extra] = ordinal;
        if (!record.accepted()) {
            values[extra + 1] = record.rejections().get(0).field();
            values[extra + 2] = record.rejections().get(0).reason().name();
            values[extra + 3] = record.message();
        }
        values[extra + 4] = record.source().raw();
        Object key = keyColumn == null ? null : record.values().get(keyColumn);
        values[extra + 5] = key == null ? null : key.toString();
        if (record.accepted()) {
            values[extra + 6] = DuplicateCopies.keyHash(record.values(), table.duplicateKey());
            values[extra + 7] = DuplicateCopies.keyCheck(record.values(), table.duplicateKey());
        }
        return values;
    }

    private int metadataColumn(String column)
    {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalStateException("ODS table %s lacks load metadata column %s".formatted(table.name(), column));
        }
        return index;
    }

    /**
     * The ordinal of the first record of a part of a load read in parallel: parts in read order get ranges in the
     * same order, each room for 2^40 records, so ordinals stay unique and a later read keeps a higher ordinal.
     */
    public static long firstOrdinal(int part)
    {
        return (long) part << PART_SHIFT;
    }

    public record Stamp(String sourceSystem, String loadId, LocalDate logicalDate, Timestamp extractedAt)
    {
        public Stamp
        {
            requireNonNull(sourceSystem, "sourceSystem is null");
            requireNonNull(loadId, "loadId is null");
            requireNonNull(logicalDate, "logicalDate is null");
            requireNonNull(extractedAt, "extractedAt is null");
        }
    }
}
