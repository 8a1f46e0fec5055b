package io.quanyu.extract.ods;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One staged chunk as a Parquet file in the Spark types of {@link StagedRows#schema()}: Spark reads it back without
 * parsing text, and reads only the columns a step needs (the raw records only for the quarantine).
 */
final class StagedChunkFile
{
    // without a configuration of its own, every reader and writer would parse Hadoop's default configuration files anew
    private static final ParquetReadOptions READ_OPTIONS = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();

    private StagedChunkFile() {}

    /** Writes every row and says how many there were. */
    static long write(Path file, StructType schema, Iterator<Object[]> rows)
            throws IOException
    {
        long count = 0;
        MessageType parquetSchema = parquetSchema(schema);
        try (ParquetWriter<Object[]> writer = new Builder(file, schema, parquetSchema)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                // a chunk lives minutes on local disk: encoding and compressing it would cost more than the bytes saved
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .withDictionaryEncoding(false)
                .withStatisticsEnabled(false)
                .withSizeStatisticsEnabled(false)
                .build()) {
            while (rows.hasNext()) {
                writer.write(rows.next());
                count++;
            }
        }
        return count;
    }

    /** How many rows a staged chunk holds, as its footer says. */
    static long rowCount(Path file)
    {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), READ_OPTIONS)) {
            return reader.getRecordCount();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the footer of staged chunk " + file, e);
        }
    }

    interface LongsConsumer
    {
        /** A record's values of the columns read, in their order, and whether each is present (not null). */
        void accept(long[] values, boolean[] present);
    }

    /** Reads long columns of a staged chunk with Parquet's column readers, record by record, without Spark. */
    static void readLongs(Path chunk, List<String> columns, LongsConsumer consumer)
    {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(chunk), READ_OPTIONS)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<Type> fields = columns.stream().map(schema::getType).toList();
            MessageType projection = new MessageType(schema.getName(), fields);
            reader.setRequestedSchema(projection);
            List<ColumnDescriptor> descriptors = projection.getColumns();
            String createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
            long[] values = new long[columns.size()];
            boolean[] present = new boolean[columns.size()];
            for (PageReadStore rowGroup = reader.readNextRowGroup(); rowGroup != null; rowGroup = reader.readNextRowGroup()) {
                ColumnReadStoreImpl store = new ColumnReadStoreImpl(rowGroup, new GroupRecordConverter(projection).getRootConverter(), projection, createdBy);
                List<ColumnReader> readers = descriptors.stream().map(store::getColumnReader).toList();
                for (long row = 0; row < rowGroup.getRowCount(); row++) {
                    for (int column = 0; column < readers.size(); column++) {
                        ColumnReader columnReader = readers.get(column);
                        present[column] = columnReader.getCurrentDefinitionLevel() == descriptors.get(column).getMaxDefinitionLevel();
                        values[column] = present[column] ? columnReader.getLong() : 0;
                        columnReader.consume();
                    }
                    consumer.accept(values, present);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read columns %s of staged chunk %s".formatted(columns, chunk), e);
        }
    }

    static MessageType parquetSchema(StructType schema)
    {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (StructField field : schema.fields()) {
            message.addField(parquetType(field));
        }
        return message.named("staged_row");
    }

    private static Type parquetType(StructField field)
    {
        DataType type = field.dataType();
        Types.PrimitiveBuilder<org.apache.parquet.schema.PrimitiveType> builder = switch (Kind.of(field)) {
            case TEXT -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType());
            case INTEGER -> Types.optional(PrimitiveTypeName.INT32);
            case BIGINT -> Types.optional(PrimitiveTypeName.INT64);
            case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE);
            case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN);
            case DATE -> Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType());
            case TIMESTAMP -> Types.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS));
            case DECIMAL -> {
                DecimalType decimal = (DecimalType) type;
                yield Types.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(decimal.scale(), decimal.precision()));
            }
        };
        return builder.named(field.name());
    }

    private static final class Builder
            extends ParquetWriter.Builder<Object[], Builder>
    {
        private final StructType schema;
        private final MessageType parquetSchema;

        Builder(Path file, StructType schema, MessageType parquetSchema)
        {
            super(new LocalOutputFile(file));
            this.schema = requireNonNull(schema, "schema is null");
            this.parquetSchema = requireNonNull(parquetSchema, "parquetSchema is null");
        }

        @Override
        protected Builder self()
        {
            return this;
        }

        // the Hadoop-typed entry points are abstract in Parquet, though a writer with a plain configuration calls the others
        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration configuration)
        {
            return new RowWriteSupport(schema, parquetSchema);
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration configuration)
        {
            return new RowWriteSupport(schema, parquetSchema);
        }
    }

    /** How a column's values are written, decided once per column from its type, not per value. */
    private enum Kind
    {
        TEXT, INTEGER, BIGINT, DOUBLE, BOOLEAN, DATE, TIMESTAMP, DECIMAL;

        /** A column's kind, for the Parquet schema and for its values; only the types an ODS table declares are staged. */
        static Kind of(StructField field)
        {
            DataType type = field.dataType();
            if (type.equals(DataTypes.StringType)) {
                return TEXT;
            }
            if (type.equals(DataTypes.IntegerType)) {
                return INTEGER;
            }
            if (type.equals(DataTypes.LongType)) {
                return BIGINT;
            }
            if (type.equals(DataTypes.DoubleType)) {
                return DOUBLE;
            }
            if (type.equals(DataTypes.BooleanType)) {
                return BOOLEAN;
            }
            if (type.equals(DataTypes.DateType)) {
                return DATE;
            }
            if (type.equals(DataTypes.TimestampType)) {
                return TIMESTAMP;
            }
            if (type instanceof DecimalType decimal && decimal.precision() <= 18) {
                return DECIMAL;
            }
            throw new IllegalStateException("cannot stage column %s of type %s".formatted(field.name(), type));
        }
    }

    private static final class RowWriteSupport
            extends WriteSupport<Object[]>
    {
        private final MessageType parquetSchema;
        private final String[] names;
        private final Kind[] kinds;
        private final int[] scales;
        private RecordConsumer consumer;
        private Timestamp lastTimestamp;
        private long lastMicros;

        RowWriteSupport(StructType schema, MessageType parquetSchema)
        {
            this.parquetSchema = parquetSchema;
            StructField[] fields = schema.fields();
            names = new String[fields.length];
            kinds = new Kind[fields.length];
            scales = new int[fields.length];
            for (int index = 0; index < fields.length; index++) {
                names[index] = fields[index].name();
                kinds[index] = Kind.of(fields[index]);
                scales[index] = fields[index].dataType() instanceof DecimalType decimal ? decimal.scale() : 0;
            }
        }

        @Override
        public WriteContext init(Configuration configuration)
        {
            return new WriteContext(parquetSchema, new HashMap<>());
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration)
        {
            return new WriteContext(parquetSchema, new HashMap<>());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer)
        {
            this.consumer = recordConsumer;
        }

        @Override
        public void write(Object[] values)
        {
            consumer.startMessage();
            for (int index = 0; index < values.length; index++) {
                Object value = values[index];
                if (value == null) {
                    continue;
                }
                consumer.startField(names[index], index);
                add(value, index);
                consumer.endField(names[index], index);
            }
            consumer.endMessage();
        }

        /** By the column's type, not the value's class: an int read for a bigint column must still be written as one. */
        private void add(Object value, int index)
        {
            switch (kinds[index]) {
                case TEXT -> consumer.addBinary(Binary.fromString(value.toString()));
                case INTEGER -> consumer.addInteger(((Number) value).intValue());
                case BIGINT -> consumer.addLong(((Number) value).longValue());
                case DOUBLE -> consumer.addDouble(((Number) value).doubleValue());
                case BOOLEAN -> consumer.addBoolean((Boolean) value);
                case DATE -> consumer.addInteger((int) ((LocalDate) value).toEpochDay());
                case TIMESTAMP -> consumer.addLong(micros((Timestamp) value));
                case DECIMAL -> consumer.addLong(((BigDecimal) value).setScale(scales[index]).unscaledValue().longValueExact());
            }
        }

        // the extraction time is the same object on every row of a chunk: it is worked out once
        private long micros(Timestamp timestamp)
        {
            if (timestamp != lastTimestamp) {
                lastTimestamp = timestamp;
                lastMicros = Math.floorDiv(timestamp.getTime(), 1000L) * 1_000_000L + timestamp.getNanos() / 1_000;
            }
            return lastMicros;
        }
    }
}
