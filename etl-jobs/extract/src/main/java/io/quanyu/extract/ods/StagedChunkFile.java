package io.quanyu.extract.ods;

import org.apache.hadoop.conf.Configuration;
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
import java.sql.Date;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Iterator;

import static java.util.Objects.requireNonNull;

/**
 * One staged chunk as a Parquet file in the Spark types of {@link StagedRows#schema()}: Spark reads it back without
 * parsing text, and reads only the columns a step needs (the raw records only for the quarantine).
 */
final class StagedChunkFile
{
    private StagedChunkFile() {}

    /** Writes every row and says how many there were. */
    static long write(Path file, StructType schema, Iterator<Object[]> rows)
            throws IOException
    {
        long count = 0;
        MessageType parquetSchema = parquetSchema(schema);
        try (ParquetWriter<Object[]> writer = new Builder(file, schema, parquetSchema)
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
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            return reader.getRecordCount();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the footer of staged chunk " + file, e);
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
        Types.PrimitiveBuilder<org.apache.parquet.schema.PrimitiveType> builder;
        if (type.equals(DataTypes.StringType)) {
            builder = Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType());
        }
        else if (type.equals(DataTypes.IntegerType)) {
            builder = Types.optional(PrimitiveTypeName.INT32);
        }
        else if (type.equals(DataTypes.LongType)) {
            builder = Types.optional(PrimitiveTypeName.INT64);
        }
        else if (type.equals(DataTypes.DoubleType)) {
            builder = Types.optional(PrimitiveTypeName.DOUBLE);
        }
        else if (type.equals(DataTypes.BooleanType)) {
            builder = Types.optional(PrimitiveTypeName.BOOLEAN);
        }
        else if (type.equals(DataTypes.DateType)) {
            builder = Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType());
        }
        else if (type.equals(DataTypes.TimestampType)) {
            builder = Types.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS));
        }
        else if (type instanceof DecimalType decimal && decimal.precision() <= 18) {
            builder = Types.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(decimal.scale(), decimal.precision()));
        }
        else {
            throw new IllegalStateException("cannot stage column %s of type %s".formatted(field.name(), type));
        }
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

        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration configuration)
        {
            return new RowWriteSupport(schema, parquetSchema);
        }
    }

    private static final class RowWriteSupport
            extends WriteSupport<Object[]>
    {
        private final StructType schema;
        private final MessageType parquetSchema;
        private RecordConsumer consumer;
        private Date lastDate;
        private int lastEpochDay;

        RowWriteSupport(StructType schema, MessageType parquetSchema)
        {
            this.schema = schema;
            this.parquetSchema = parquetSchema;
        }

        @Override
        public WriteContext init(Configuration configuration)
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
                String name = schema.fields()[index].name();
                consumer.startField(name, index);
                add(value, schema.fields()[index]);
                consumer.endField(name, index);
            }
            consumer.endMessage();
        }

        /** By the column's type, not the value's class: an int read for a bigint column must still be written as one. */
        private void add(Object value, StructField field)
        {
            DataType type = field.dataType();
            if (type.equals(DataTypes.StringType)) {
                consumer.addBinary(Binary.fromString(value.toString()));
            }
            else if (type.equals(DataTypes.IntegerType)) {
                consumer.addInteger(((Number) value).intValue());
            }
            else if (type.equals(DataTypes.LongType)) {
                consumer.addLong(((Number) value).longValue());
            }
            else if (type.equals(DataTypes.DoubleType)) {
                consumer.addDouble(((Number) value).doubleValue());
            }
            else if (type.equals(DataTypes.BooleanType)) {
                consumer.addBoolean((Boolean) value);
            }
            else if (type.equals(DataTypes.DateType)) {
                // the load's date is the same object on every row of a chunk: its day is worked out once
                if (value != lastDate) {
                    lastDate = (Date) value;
                    lastEpochDay = (int) lastDate.toLocalDate().toEpochDay();
                }
                consumer.addInteger(lastEpochDay);
            }
            else if (type.equals(DataTypes.TimestampType)) {
                Timestamp timestamp = (Timestamp) value;
                consumer.addLong(Math.floorDiv(timestamp.getTime(), 1000L) * 1_000_000L + timestamp.getNanos() / 1_000);
            }
            else {
                consumer.addLong(((BigDecimal) value).setScale(((DecimalType) type).scale()).unscaledValue().longValueExact());
            }
        }
    }
}
