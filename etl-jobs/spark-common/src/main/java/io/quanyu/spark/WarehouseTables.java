package io.quanyu.spark;

import io.quanyu.schema.TableDefinition;
import io.quanyu.schema.WarehouseCatalogue;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.PartitionField;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.SnapshotSummary;
import org.apache.iceberg.Table;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.spark.Spark3Util;
import org.apache.iceberg.spark.SparkSQLProperties;
import org.apache.iceberg.spark.SparkWriteOptions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriterV2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The warehouse's Iceberg tables as their declarations say: Spark schemas, creation, and writes that check a frame
 * against the declared columns before anything is committed.
 */
public final class WarehouseTables
{
    private static final String COMMIT_ID = "quanyu.commit-id";
    private static final String LOGICAL_DATE = "logical_date";

    private final SparkSession spark;
    private final WarehouseCatalogue catalogue;
    private final TableCreator creator;
    private final ThreadLocal<TableDefinition> building = new ThreadLocal<>();

    public WarehouseTables(SparkSession spark, WarehouseCatalogue catalogue)
    {
        this.spark = requireNonNull(spark, "spark is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        this.creator = new TableCreator(spark);
    }

    public WarehouseCatalogue catalogue()
    {
        return catalogue;
    }

    public TableDefinition definition(String table)
    {
        return catalogue.table(table);
    }

    public static StructType schema(TableDefinition table)
    {
        return new StructType(table.columns().stream()
                .map(column -> new StructField(column.name(), DataType.fromDDL(column.type()), !column.required(), Metadata.empty())
                        .withComment(TableCreator.comment(column)))
                .toArray(StructField[]::new));
    }

    /**
     * Creates the table (and its namespace) if it does not exist yet, and adds the columns its declaration gained
     * since it was created: a warehouse built by an earlier release keeps its data and history.
     */
    public String ensureExists(String tableName)
    {
        return creator.ensureExists(catalogue.table(tableName));
    }

    /**
     * Replaces the partitions present in {@code rows} (every declared partition column must be there), or the whole
     * table when it is not partitioned, in one Iceberg commit.
     */
    public void overwrite(String tableName, Dataset<Row> rows)
    {
        String qualifiedName = ensureExists(tableName);
        Dataset<Row> conformed = conform(catalogue.table(tableName), rows);
        try {
            if (catalogue.table(tableName).partitionedBy().isEmpty()) {
                conformed.writeTo(qualifiedName).overwrite(org.apache.spark.sql.functions.lit(true));
            }
            else {
                conformed.writeTo(qualifiedName).overwritePartitions();
            }
        }
        catch (NoSuchTableException e) {
            throw new IllegalStateException("table %s vanished while writing to it".formatted(qualifiedName), e);
        }
    }

    /**
     * Replaces the whole of an unpartitioned table in one Iceberg commit and returns how many rows it now holds: the
     * rows the commit added, from its snapshot summary, not a count of the table. (The summary's total is not that on
     * a build's new branch.)
     */
    public long replaceAll(String tableName, Dataset<Row> rows)
    {
        if (!catalogue.table(tableName).partitionedBy().isEmpty()) {
            throw new IllegalArgumentException("%s is partitioned: replace its partitions, not the whole table".formatted(tableName));
        }
        return replaceCounted(tableName, lit(true), rows, writer -> writer);
    }

    /**
     * Replaces every row matching {@code condition} with {@code rows} in one Iceberg commit; with no rows, the
     * matching rows are removed. Used where a day must be replaced even when the new day is empty.
     */
    public void replaceWhere(String tableName, Column condition, Dataset<Row> rows)
    {
        String qualifiedName = ensureExists(tableName);
        try {
            conform(catalogue.table(tableName), rows).writeTo(qualifiedName).overwrite(condition);
        }
        catch (NoSuchTableException e) {
            throw new IllegalStateException("table %s vanished while writing to it".formatted(qualifiedName), e);
        }
    }

    /**
     * Like {@link #replaceWhere}, for rows that all fall into one or a few partitions (one load of one source): every
     * task writes its own rows at once, where Iceberg would otherwise first shuffle them into one task per partition.
     * Returns how many rows the commit added, from its snapshot summary: Iceberg checks that every added row matches
     * {@code condition} and removes every earlier row that does, so this is what the condition now selects, read
     * without scanning the table.
     */
    public long replaceLoad(String tableName, Column condition, Dataset<Row> rows)
    {
        return replaceCounted(tableName, condition, rows, writer -> fanout(writer)
                // a load is written once and read a few times downstream: zstd's fastest level, not its default 3
                .option(SparkWriteOptions.COMPRESSION_LEVEL, "1"));
    }

    /**
     * Replaces the rows matching {@code condition} with {@code rows} in one commit whose snapshot summary carries
     * {@code properties}, for the next build to read back (what the table was built from); returns the rows it added.
     */
    public long replaceNoted(String tableName, Column condition, Dataset<Row> rows, Map<String, String> properties)
    {
        return replaceCounted(tableName, condition, rows, writer -> noted(writer, properties));
    }

    /**
     * Like {@link #replaceNoted}, for rows an aggregation spreads over many partitions of a table partitioned by time:
     * each task writes its rows straight into their partitions (Iceberg's fanout writer), where Iceberg would first
     * shuffle them once more, into one task per partition.
     */
    public long replaceNotedFanout(String tableName, Column condition, Dataset<Row> rows, Map<String, String> properties)
    {
        return replaceCounted(tableName, condition, rows, writer -> fanout(noted(writer, properties)));
    }

    private static DataFrameWriterV2<Row> noted(DataFrameWriterV2<Row> writer, Map<String, String> properties)
    {
        properties.forEach((key, value) -> writer.option(SparkWriteOptions.SNAPSHOT_PROPERTY_PREFIX + "." + key, value));
        return writer;
    }

    private static DataFrameWriterV2<Row> fanout(DataFrameWriterV2<Row> writer)
    {
        return writer.option(SparkWriteOptions.DISTRIBUTION_MODE, "none").option(SparkWriteOptions.FANOUT_ENABLED, "true");
    }

    /** Replaces the rows matching {@code condition} in one commit, tagged so its summary can be found: the rows it added. */
    private long replaceCounted(String tableName, Column condition, Dataset<Row> rows, UnaryOperator<DataFrameWriterV2<Row>> options)
    {
        String qualifiedName = ensureExists(tableName);
        String commitId = UUID.randomUUID().toString();
        try {
            options.apply(conform(catalogue.table(tableName), rows).writeTo(qualifiedName))
                    .option(SparkWriteOptions.SNAPSHOT_PROPERTY_PREFIX + "." + COMMIT_ID, commitId)
                    .overwrite(condition);
        }
        catch (NoSuchTableException e) {
            throw new IllegalStateException("table %s vanished while writing to it".formatted(qualifiedName), e);
        }
        return addedRecords(qualifiedName, commitId);
    }

    /** How many rows the commit made with {@code commitId} added, on main or on the branch a build writes. */
    private long addedRecords(String qualifiedName, String commitId)
    {
        Table table = loadFresh(qualifiedName);
        // newest first: concurrent loads of other sources may have committed since
        List<Snapshot> snapshots = new ArrayList<>();
        table.snapshots().forEach(snapshots::add);
        for (int index = snapshots.size() - 1; index >= 0; index--) {
            Map<String, String> summary = snapshots.get(index).summary();
            if (commitId.equals(summary.get(COMMIT_ID))) {
                return Long.parseLong(summary.getOrDefault(SnapshotSummary.ADDED_RECORDS_PROP, "0"));
            }
        }
        throw new IllegalStateException("commit %s is not in the history of table %s".formatted(commitId, qualifiedName));
    }

    /**
     * The Iceberg table as last committed, for lookups small enough that reading a few columns in this thread costs
     * less than a Spark job's planning and scheduling.
     */
    public Table icebergTable(String tableName)
    {
        checkReadable(tableName);
        return loadFresh(ensureExists(tableName));
    }

    /**
     * The snapshot this session's reads of the table see: the head of the branch its writes go to (Spark's
     * {@code spark.wap.branch}, a day's build) once the table has that branch, else main's.
     */
    public Snapshot readSnapshot(Table table)
    {
        String branch = spark.conf().get(SparkSQLProperties.WAP_BRANCH, null);
        return branch != null && table.refs().containsKey(branch) ? table.snapshot(branch) : table.currentSnapshot();
    }

    private Table loadFresh(String qualifiedName)
    {
        Table table;
        try {
            // named with its catalog: a bare namespace is first tried as a catalog's name, with a warning
            table = Spark3Util.loadIcebergTable(spark, withCatalog(qualifiedName));
        }
        catch (ParseException | NoSuchTableException e) {
            throw new IllegalStateException("cannot load table " + qualifiedName, e);
        }
        // the catalog caches tables: another thread's commit since must be seen
        table.refresh();
        return table;
    }

    /**
     * The table as a snapshot left it, by {@code version as of}: Spark's reader option for a snapshot fails while the
     * session writes to a day's branch, the SQL clause does not.
     */
    public Dataset<Row> readVersion(String tableName, long snapshotId)
    {
        checkReadable(tableName);
        return spark.sql("select * from %s version as of %d".formatted(withCatalog(ensureExists(tableName)), snapshotId));
    }

    private String withCatalog(String qualifiedName)
    {
        return spark.conf().get("spark.sql.defaultCatalog") + "." + qualifiedName;
    }

    public Dataset<Row> read(String tableName)
    {
        checkReadable(tableName);
        return spark.table(ensureExists(tableName));
    }

    private void checkReadable(String tableName)
    {
        TableDefinition target = building.get();
        if (target != null && !target.name().equals(tableName) && !target.sources().contains(tableName)) {
            throw new IllegalStateException("building %s reads %s, which its declaration does not name among its sources %s"
                    .formatted(target.name(), tableName, target.sources()));
        }
    }

    /**
     * Builds a table on this thread: meanwhile a read of any table but it and the sources its declaration names fails.
     * A day's build runs tables side by side in the order the declared sources give, so they must be the ones read.
     */
    public <T> T building(String tableName, Supplier<T> build)
    {
        TableDefinition previous = building.get();
        building.set(catalogue.table(tableName));
        try {
            return build.get();
        }
        finally {
            building.set(previous);
        }
    }

    /**
     * The newest logical date loaded on or before the day into a table partitioned by it, if any, from its data files'
     * partitions on main, without a Spark job: such a table has a file of a date exactly when that load wrote a row,
     * and the loads asked about are the extract's, which never writes to a build's branch.
     */
    public Optional<LocalDate> newestLoadDate(String tableName, LocalDate day)
    {
        NavigableMap<LocalDate, Long> loads = loadedRows(tableName, day);
        return loads.isEmpty() ? Optional.empty() : Optional.of(loads.lastKey());
    }

    /**
     * The rows of each load on or before the day into a table partitioned by its logical date, by date, from its data
     * files' record counts on main, without a Spark job (as {@link #newestLoadDate}).
     */
    public NavigableMap<LocalDate, Long> loadedRows(String tableName, LocalDate day)
    {
        Table table = icebergTable(tableName);
        NavigableMap<LocalDate, Long> loads = new TreeMap<>();
        try (CloseableIterable<FileScanTask> files = table.newScan().filter(Expressions.lessThanOrEqual(LOGICAL_DATE, day.toString())).planFiles()) {
            for (FileScanTask file : files) {
                loads.merge(loadDate(tableName, file), file.file().recordCount(), Long::sum);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list the files of " + tableName, e);
        }
        return loads;
    }

    private static LocalDate loadDate(String tableName, FileScanTask file)
    {
        List<PartitionField> fields = file.spec().fields();
        for (int position = 0; position < fields.size(); position++) {
            PartitionField field = fields.get(position);
            if (field.name().equals(LOGICAL_DATE) && field.transform().isIdentity()) {
                return LocalDate.ofEpochDay(file.file().partition().get(position, Integer.class));
            }
        }
        throw new IllegalStateException("%s is not partitioned by %s, so its loads cannot be told from its files".formatted(tableName, LOGICAL_DATE));
    }

    /** Selects the declared columns in declared order and types; a missing or extra column is an error, not a guess. */
    static Dataset<Row> conform(TableDefinition table, Dataset<Row> rows)
    {
        Set<String> actual = Set.of(rows.columns());
        List<String> missing = table.columnNames().stream().filter(name -> !actual.contains(name)).toList();
        List<String> extra = actual.stream().filter(name -> table.column(name).isEmpty()).sorted().toList();
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw new IllegalArgumentException("rows for %s do not match its declaration: missing %s, undeclared %s"
                    .formatted(table.name(), missing, extra));
        }
        Column[] columns = table.columns().stream()
                .map(column -> col(column.name()).cast(DataType.fromDDL(column.type())).as(column.name()))
                .toArray(Column[]::new);
        return rows.select(columns);
    }
}
