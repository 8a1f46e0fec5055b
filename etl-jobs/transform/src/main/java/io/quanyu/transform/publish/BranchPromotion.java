package io.quanyu.transform.publish;

import org.apache.iceberg.BaseMetastoreTableOperations;
import org.apache.iceberg.HasTableOperations;
import org.apache.iceberg.SnapshotRef;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableMetadata;
import org.apache.iceberg.TableMetadataParser;
import org.apache.iceberg.TableOperations;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.util.SnapshotUtil;

import java.util.Optional;
import java.util.UUID;

/**
 * A table's next metadata with main fast-forwarded to a branch and the branch removed, written beside the table's
 * other metadata files but not yet committed: the catalog pointer moves later, together with the other tables'.
 */
final class BranchPromotion
{
    private BranchPromotion() {}

    /** Empty when the table has no such branch: the day did not write it. */
    static Optional<CatalogPointerMove> prepare(Table table, String qualifiedName, String branch)
    {
        if (!(table instanceof HasTableOperations withOperations
                && withOperations.operations() instanceof BaseMetastoreTableOperations operations)) {
            throw new IllegalStateException("table %s is not in a metastore catalog; its branch %s cannot be published with the others".formatted(qualifiedName, branch));
        }
        TableMetadata base = operations.refresh();
        SnapshotRef ref = base.ref(branch);
        if (ref == null) {
            return Optional.empty();
        }
        if (base.currentSnapshot() != null && !SnapshotUtil.isAncestorOf(table, ref.snapshotId(), base.currentSnapshot().snapshotId())) {
            throw new IllegalStateException("table %s: main (snapshot %d) was changed by another writer while branch %s was built; nothing was published"
                    .formatted(qualifiedName, base.currentSnapshot().snapshotId(), branch));
        }
        TableMetadata promoted = TableMetadata.buildFrom(base)
                .setBranchSnapshot(ref.snapshotId(), SnapshotRef.MAIN_BRANCH)
                .removeRef(branch)
                .build();
        String location = nextMetadataLocation(operations, base);
        TableMetadataParser.write(promoted, operations.io().newOutputFile(location));
        String[] parts = qualifiedName.split("\\.");
        return Optional.of(new CatalogPointerMove(parts[parts.length - 2], parts[parts.length - 1], base.metadataFileLocation(), location));
    }

    private static String nextMetadataLocation(BaseMetastoreTableOperations operations, TableMetadata base)
    {
        String codec = base.property(TableProperties.METADATA_COMPRESSION, TableProperties.METADATA_COMPRESSION_DEFAULT);
        return ((TableOperations) operations).metadataFileLocation(
                "%05d-%s%s".formatted(operations.currentVersion() + 1, UUID.randomUUID(), TableMetadataParser.getFileExtension(codec)));
    }
}
