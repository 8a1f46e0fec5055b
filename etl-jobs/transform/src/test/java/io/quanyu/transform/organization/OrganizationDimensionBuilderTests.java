package io.quanyu.transform.organization;

import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationDimensionBuilderTests
        extends SparkTestBase
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void aRenameStartsANewVersionAndEndsTheOldOne()
    {
        // given an organization loaded on one day and renamed two days later
        Dataset<Row> loaded = loads(
                row(DAY, "PO1", "南门社区党支部", "active", DAY.atTime(9, 0)),
                row(DAY.plusDays(2), "PO1", "南门社区第一党支部", "active", DAY.plusDays(2).atTime(15, 30)));

        // when its history is built
        List<Row> versions = OrganizationDimensionBuilder.build(loaded, changes()).orderBy("version_number").collectAsList();

        // then the first version ends the day the second starts, and only the second is current
        assertThat(versions).extracting(row -> row.getAs("organization_name") + "|" + row.getAs("valid_from") + "|" + row.getAs("valid_to")
                        + "|" + row.getAs("is_current") + "|" + row.getAs("version_number"))
                .containsExactly("南门社区党支部|2026-11-02|2026-11-04|false|1", "南门社区第一党支部|2026-11-04|null|true|2");
        assertThat((Object) versions.get(0).getAs("organization_version_key")).isNotEqualTo(versions.get(1).getAs("organization_version_key"));
    }

    @Test
    void aRedeliveredUnchangedRowMakesNoVersionAndADaysLastChangeWins()
    {
        // given one organization delivered again unchanged by a later load, another changed twice within one day
        Dataset<Row> loaded = loads(
                row(DAY, "PO1", "支部一", "active", DAY.atTime(8, 0)),
                row(DAY.plusDays(1), "PO1", "支部一", "active", DAY.plusDays(1).atTime(8, 0)),
                row(DAY, "PO2", "支部二", "active", DAY.atTime(8, 0)),
                row(DAY.plusDays(3), "PO2", "支部二（改）", "active", DAY.plusDays(3).atTime(9, 0)),
                row(DAY.plusDays(3), "PO2", "支部二", "dissolved", DAY.plusDays(3).atTime(17, 0)));

        // when the history is built
        List<String> versions = OrganizationDimensionBuilder.build(loaded, changes()).orderBy("organization_id", "version_number").collectAsList().stream()
                .map(row -> row.getAs("organization_id") + ":" + row.getAs("organization_name") + ":" + row.getAs("status") + ":" + row.getAs("valid_from"))
                .toList();

        // then PO1 has one version, and PO2's day of two changes is one version with the day's last state
        assertThat(versions).containsExactly("PO1:支部一:active:2026-11-02", "PO2:支部二:active:2026-11-02", "PO2:支部二:dissolved:2026-11-05");
    }

    @Test
    void theStateOnAPastDayIsTheVersionInForceThatDay()
    {
        // given a history with a rename
        Dataset<Row> versions = OrganizationDimensionBuilder.build(loads(
                row(DAY, "PO1", "旧名", "active", DAY.atTime(9, 0)),
                row(DAY.plusDays(5), "PO1", "新名", "active", DAY.plusDays(5).atTime(9, 0))), changes());
        versions.createOrReplaceTempView("organization_history");

        // when an analyst asks for the name in force on three days
        List<String> names = new ArrayList<>();
        for (LocalDate day : List.of(DAY, DAY.plusDays(4), DAY.plusDays(5))) {
            names.add(spark().sql("""
                    select oh.organization_name from organization_history as oh
                    where oh.valid_from <= date'%1$s' and (oh.valid_to is null or date'%1$s' < oh.valid_to)""".formatted(day)).first().getString(0));
        }

        // then each day has exactly the name it had
        assertThat(names).containsExactly("旧名", "旧名", "新名");
    }

    @Test
    void theChangeLogTellsTheHistoryBeforeTheFirstLoad()
    {
        // given a first load showing one organization renamed and later merged, and one founded, renamed and dissolved
        // in the same year, both only as they are now; and the system's change log of all they went through
        Dataset<Row> loaded = loads(
                row(DAY, "PO1", "新名一", "dissolved", LocalDateTime.of(2025, 6, 3, 10, 0)),
                row(DAY, "PO2", "新名二", "dissolved", LocalDateTime.of(2024, 9, 2, 10, 0)),
                row(DAY, "PO3", "未变", "active", LocalDateTime.of(2020, 1, 1, 9, 0)));
        Dataset<Row> changes = changes(
                change(1, "PO1", "成立", "2020-01-01", null, "旧名一"),
                change(2, "PO1", "更名", "2023-04-28", "旧名一", "新名一"),
                change(3, "PO1", "合并", "2025-06-01", "新名一", null),
                change(4, "PO2", "成立", "2024-03-05", null, "旧名二"),
                change(5, "PO2", "更名", "2024-05-01", "旧名二", "新名二"),
                change(5, "PO2", "更名", "2024-05-01", "旧名二", "新名二"),
                change(6, "PO2", "撤销", "2024-09-01", "新名二", null),
                change(7, "PO3", "成立", "2020-01-01", null, "未变"));

        // when the history is built
        List<String> versions = OrganizationDimensionBuilder.build(loaded, changes).orderBy("organization_id", "version_number").collectAsList().stream()
                .map(row -> "%s:%s:%s:%s-%s:%s".formatted(row.getAs("organization_id"), row.getAs("organization_name"), row.getAs("status"),
                        row.getAs("valid_from"), row.getAs("valid_to"), row.getAs("from_change_log")))
                .toList();

        // then each has a version per logged change from its founding on, a change counted once however often delivered;
        // the last logged change's version runs on into the loaded state it equals; an unchanged one gets no earlier version
        assertThat(versions).containsExactly(
                "PO1:旧名一:active:2020-01-01-2023-04-28:true",
                "PO1:新名一:active:2023-04-28-2025-06-01:true",
                "PO1:新名一:dissolved:2025-06-01-null:true",
                "PO2:旧名二:active:2024-03-05-2024-05-01:true",
                "PO2:新名二:active:2024-05-01-2024-09-01:true",
                "PO2:新名二:dissolved:2024-09-01-null:true",
                "PO3:未变:active:2020-01-01-null:false");
    }

    private static Dataset<Row> changes(Row... rows)
    {
        return spark().createDataFrame(List.of(rows), WarehouseTables.schema(WarehouseCatalogue.load().table("ods_party_organization_change")));
    }

    private static Row change(long id, String organization, String type, String effectiveOn, String oldName, String newName)
    {
        return RowFactory.create(id, organization, type, Date.valueOf(effectiveOn), oldName, newName, null, Timestamp.valueOf(effectiveOn + " 12:00:00"),
                "test", "test:" + id, "load-" + DAY, Date.valueOf(DAY), new Timestamp(0));
    }

    private static Dataset<Row> loads(Row... rows)
    {
        return spark().createDataFrame(List.of(rows), WarehouseTables.schema(WarehouseCatalogue.load().table("ods_party_organization")));
    }

    private static Row row(LocalDate loadDay, String id, String name, String status, LocalDateTime updatedAt)
    {
        return RowFactory.create(id, name, "党支部", "社区", "网格党支部", null, "330203001001", Date.valueOf("2020-01-01"),
                "dissolved".equals(status) ? Date.valueOf(updatedAt.toLocalDate()) : null, null, status, Timestamp.valueOf(updatedAt),
                "test", "test:" + id, "load-" + loadDay, Date.valueOf(loadDay), new Timestamp(0));
    }
}
