package io.quanyu.transform.organization;

import io.quanyu.spark.WarehouseTables;
import io.quanyu.transform.TransformJob;
import org.apache.spark.sql.Column;

import java.sql.Date;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Rebuilds {@code dwd_party_organization} from every load of the city system and the districts' 两新 registers up to
 * the logical date, so that a day's rebuild sees the same loads however the earlier days were built.
 */
public final class OrganizationConformanceJob
        implements TransformJob
{
    private final WarehouseTables tables;

    public OrganizationConformanceJob(WarehouseTables tables)
    {
        this.tables = requireNonNull(tables, "tables is null");
    }

    @Override
    public long run(LocalDate logicalDate)
    {
        Column throughDate = col("logical_date").leq(lit(Date.valueOf(logicalDate)));
        return tables.replaceAll(table(), OrganizationConformanceBuilder.build(tables.read("ods_party_organization").where(throughDate),
                tables.read("ods_party_organization_change").where(throughDate), tables.read("ods_two_new_organization").where(throughDate)));
    }

    @Override
    public String table()
    {
        return "dwd_party_organization";
    }
}
