package io.quanyu.transform.publish;

import io.quanyu.spark.WarehouseTables;
import org.apache.iceberg.ManageSnapshots;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.spark.Spark3Util;
import org.apache.iceberg.spark.SparkSQLProperties;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.SparkSession;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/**
 * Write-audit-publish for one day's build, with Iceberg branches: while a day is built, its tables are written to a
 * branch named after the day (Spark's {@code spark.wap.branch}), which the day's jobs and data tests read, while
 * Trino and the screen keep reading each table's main branch. Publishing moves every main to its branch in one
 * catalog transaction once all tests passed ({@link CatalogPointers}), so a reader sees the whole previous day or the
 * whole new one, never a mix. A day that fails its tests is never published, and main stays at the previous day; the
 * branches of a failed day stay for inspection until the day is built again.
 */
public final class DayPublication
{
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SparkSession spark;
    private final WarehouseTables tables;
    private final List<String> tableNames;
    private final String branch;

    private DayPublication(SparkSession spark, WarehouseTables tables, List<String> tableNames, LocalDate day)
    {
        this.spark = requireNonNull(spark, "spark is null");
        this.tables = requireNonNull(tables, "tables is null");
        this.tableNames = List.copyOf(tableNames);
        this.branch = "build_" + DAY.format(day);
    }

    /** Starts building a day afresh: earlier branches of the day are dropped, and writes go to a new one. */
    public static DayPublication begin(SparkSession spark, WarehouseTables tables, List<String> tableNames, LocalDate day)
    {
        DayPublication publication = new DayPublication(spark, tables, tableNames, day);
        for (String table : publication.tableNames) {
            tables.ensureExists(table);
            Table icebergTable = publication.icebergTable(publication.fullName(table));
            icebergTable.refresh();
            // each change is a metadata commit: only what is missing, so a day's build does not add two per table
            if (!"true".equals(icebergTable.properties().get(TableProperties.WRITE_AUDIT_PUBLISH_ENABLED))) {
                icebergTable.updateProperties().set(TableProperties.WRITE_AUDIT_PUBLISH_ENABLED, "true").commit();
            }
            publication.startBranch(icebergTable);
        }
        spark.conf().set(SparkSQLProperties.WAP_BRANCH, publication.branch);
        return publication;
    }

    /**
     * Points the day's branch at main's snapshot, dropping an earlier build's. A branch the build's first write made
     * would start Iceberg's summary totals (records, files, bytes) from zero, and Spark plans joins on those totals:
     * a rebuilt table of 18 million rows read as empty.
     */
    private void startBranch(Table icebergTable)
    {
        Snapshot main = icebergTable.currentSnapshot();
        boolean earlier = icebergTable.refs().containsKey(branch);
        if (main != null) {
            ManageSnapshots snapshots = icebergTable.manageSnapshots();
            (earlier ? snapshots.replaceBranch(branch, main.snapshotId()) : snapshots.createBranch(branch, main.snapshotId())).commit();
        }
        else if (earlier) {
            icebergTable.manageSnapshots().removeBranch(branch).commit();
        }
    }

    public String branch()
    {
        return branch;
    }

    /**
     * Makes the day's tables what everyone reads, all at once, and drops the branches in the same commit; fails
     * publishing nothing when another writer changed one of the tables' main meanwhile.
     */
    public void publish()
    {
        spark.conf().unset(SparkSQLProperties.WAP_BRANCH);
        List<CatalogPointerMove> moves = tableNames.stream()
                .map(this::fullName)
                .flatMap(name -> BranchPromotion.prepare(icebergTable(name), name, branch).stream())
                .toList();
        pointers().moveTogether(moves);
        moves.forEach(move -> spark.sql("refresh table %s.%s".formatted(catalog(), move.qualifiedName())));
    }

    /** Leaves main as it was; the branches stay for whoever looks into the failure. */
    public void abandon()
    {
        spark.conf().unset(SparkSQLProperties.WAP_BRANCH);
    }

    /** With the catalog: Iceberg's statements on branches would take a two-part name's first part for a catalog. */
    private String fullName(String table)
    {
        return catalog() + "." + tables.definition(table).qualifiedName();
    }

    private Table icebergTable(String qualifiedName)
    {
        try {
            return Spark3Util.loadIcebergTable(spark, qualifiedName);
        }
        catch (ParseException | NoSuchTableException e) {
            throw new IllegalStateException("cannot load table %s to publish it".formatted(qualifiedName), e);
        }
    }

    private CatalogPointers pointers()
    {
        String prefix = "spark.sql.catalog.%s.".formatted(catalog());
        Properties connection = new Properties();
        spark.conf().getAll().foreach(entry -> {
            // Iceberg hands the catalog's jdbc.* properties (user, password) to the driver; so must this
            if (entry._1().startsWith(prefix + "jdbc.")) {
                connection.setProperty(entry._1().substring(prefix.length() + "jdbc.".length()), entry._2());
            }
            return null;
        });
        return new CatalogPointers(spark.conf().get(prefix + "uri"), connection, catalog());
    }

    private String catalog()
    {
        return spark.conf().get("spark.sql.defaultCatalog");
    }
}
