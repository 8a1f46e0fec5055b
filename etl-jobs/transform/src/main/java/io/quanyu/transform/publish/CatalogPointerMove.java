package io.quanyu.transform.publish;

import static java.util.Objects.requireNonNull;

/** One table's move in the catalog: from the metadata file readers see now to the one they will see. */
public record CatalogPointerMove(String namespace, String table, String fromMetadata, String toMetadata)
{
    public CatalogPointerMove
    {
        requireNonNull(namespace, "namespace is null");
        requireNonNull(table, "table is null");
        requireNonNull(fromMetadata, "fromMetadata is null");
        requireNonNull(toMetadata, "toMetadata is null");
    }

    public String qualifiedName()
    {
        return namespace + "." + table;
    }
}
