package io.quanyu.transform;

import io.quanyu.spark.SparkTestBase;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table a day's build writes is a function of the ODS loads up to the day: building the days one by one and
 * building the last day at once give the same tables.
 */
class WarehouseBuildEquivalenceTests
        extends SparkTestBase
{
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1));
    private static final String STREET = "330203001000";
    private static final String EAST = "330203001001";
    private static final String WEST = "330203001002";

    @Test
    void buildingTheDaysOneByOneEqualsBuildingTheLastDayAtOnce()
    {
        // given three days of loads of every source: organizations founded and dissolved, a grid divided, a worker moving
        // between communities across a month's end, ledgers, members' deeds and an event resolved a day after it came in
        dropAll();
        WarehouseTables tables = tables();
        DAYS.forEach(day -> load(tables, day));
        DailyWarehouseBuild build = DailyWarehouseBuild.standard(spark(), tables);

        // when the days are built one by one, and again with only the last day built at once
        DAYS.forEach(day -> build.jobs().forEach(job -> job.run(day)));
        Map<String, List<String>> dayByDay = contents(build);
        String eventMonthsRewritten = tables.icebergTable("dwd_service_event").currentSnapshot().summary().get("quanyu.rewritten");
        String countMonthsRewritten = tables.icebergTable("dws_service_event_daily").currentSnapshot().summary().get("quanyu.rewritten");
        build.tables().forEach(table -> spark().sql("drop table if exists %s purge".formatted(tables.definition(table).qualifiedName())));
        build.jobs().forEach(job -> job.run(DAYS.get(2)));
        Map<String, List<String>> atOnce = contents(build);

        // then every table holds the same rows, and the fixture reached every table
        assertThat(atOnce).isEqualTo(dayByDay);
        assertThat(dayByDay).allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());
        assertThat(eventMonthsRewritten).as("the events' last day, built one by one, rewrote only its month").isEqualTo("2026-11");
        assertThat(countMonthsRewritten).as("and so did their daily counts").isEqualTo("2026-11");
        assertThat(dayByDay.get("dws_party_organization_daily")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(dayByDay.get("dim_organization")).as("the history before the first load").anyMatch(row -> row.contains("旧名PO1,党委"));
        assertThat(dayByDay.get("dwd_party_organization")).as("the register's record of a city organization")
                .anyMatch(row -> row.startsWith("[PO2,name_in_division,test,91A,"));
        assertThat(dayByDay.get("dim_organization")).as("one organization only the register holds").filteredOn(row -> row.contains(",LX91B,")).hasSize(1);
    }

    private static Map<String, List<String>> contents(DailyWarehouseBuild build)
    {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        for (String table : build.tables()) {
            Dataset<Row> rows = tables().read(table);
            contents.put(table, rows.collectAsList().stream().map(Row::toString).sorted().toList());
        }
        return contents;
    }

    private static void load(WarehouseTables tables, LocalDate day)
    {
        int index = DAYS.indexOf(day);
        append(tables, "ods_division", day,
                Map.of("division_code", "330200000000", "division_name", "宁波市", "division_level", "city", "parent_code", "330000000000"),
                Map.of("division_code", "330203000000", "division_name", "海曙区", "division_level", "district", "parent_code", "330200000000"),
                Map.of("division_code", STREET, "division_name", "南门街道", "division_level", "street", "parent_code", "330203000000"),
                Map.of("division_code", EAST, "division_name", "东门社区居委会", "division_level", "community", "parent_code", STREET),
                Map.of("division_code", WEST, "division_name", "西门村村民委员会", "division_level", "community", "parent_code", STREET));
        append(tables, "ods_party_organization", day, switch (index) {
            case 0 -> new Map[] {organization("PO1", "党委", "社区大党委", EAST, "active", day), organization("PO2", "党支部", "村党组织", WEST, "active", day),
                    organization("PO3", "党支部", "网格党支部", EAST, "active", day)};
            case 1 -> new Map[] {organization("PO3", "党支部", "网格党支部", EAST, "dissolved", day)};
            default -> new Map[] {organization("PO4", "党支部", "网格党支部", EAST, "active", day)};
        });
        // the first load's log reaches back before it: PO1 was renamed long ago
        append(tables, "ods_party_organization_change", day, switch (index) {
            case 0 -> new Map[] {change(1, "PO1", "成立", "2019-01-01", null), change(2, "PO1", "更名", "2024-05-01", "旧名PO1"),
                    change(3, "PO3", "成立", "2021-06-01", null)};
            case 1 -> new Map[] {change(4, "PO3", "撤销", day.toString(), null)};
            default -> new Map[] {change(5, "PO4", "成立", day.toString(), null)};
        });
        // a district register lists PO2 under its name with the prefix 中共, and from the second day one of its own
        append(tables, "ods_two_new_organization", day, index == 0
                ? new Map[] {registered("91A", "中共组织PO2", WEST, day)}
                : new Map[] {registered("91A", "中共组织PO2", WEST, day), registered("91B", "宁波新创科技有限公司党支部", EAST, day)});
        append(tables, "ods_grid", day, index == 2
                ? new Map[] {grid("G1", 800, "已撤销", null, day), grid("G2", 420, "正常", "G1", day), grid("G3", 380, "正常", "G1", day)}
                : new Map[] {grid("G1", 800, "正常", null, DAYS.get(0))});
        append(tables, "ods_staff_roster", day, index == 2
                ? new Map[] {roster("S1", WEST, "调入", "2026-11-01", null, "2026-11")}
                : new Map[] {roster("S1", EAST, index == 0 ? "在职" : "调出", "2024-03-01", index == 0 ? null : "2026-10-31", "2026-10")});
        append(tables, "ods_fund_entry", day, ledger(index, day));
        append(tables, "ods_party_member", day, member("M1", "PO1"), member("M2", "PO2"));
        append(tables, "ods_member_point", day, point("P" + index, index % 2 == 0 ? "M1" : "M2", day));
        append(tables, "ods_service_event", day, index == 1 ? event("E1", day, true) : event("E" + index, day, false));
        append(tables, "ods_local_wage", day,
                Map.of("district_code", "330203000000", "district_name", "海曙区", "wage_year", 2025, "average_wage", 60_000));
        for (String table : List.of("ods_party_organization", "ods_grid", "ods_staff_roster", "ods_fund_entry", "ods_member_point", "ods_service_event")) {
            append(tables, "ops_load_audit", day, Map.of("load_id", "load-%s-%s".formatted(table, day), "source_system", "test", "table_name", table,
                    "logical_date", Date.valueOf(day), "window_end", Timestamp.valueOf(day.plusDays(1).atStartOfDay()), "rows_read", 1L, "rows_loaded", 1L,
                    "rows_quarantined", 0L, "finished_at", new Timestamp(0)));
        }
    }

    @SafeVarargs
    private static void append(WarehouseTables tables, String table, LocalDate day, Map<String, ?>... rows)
    {
        boolean ods = tables.definition(table).columnNames().contains("source_location");
        Map<String, ?>[] withMetadata = Arrays.stream(rows).map(row -> ods ? withLoadMetadata(row, day) : row).toArray(Map[]::new);
        Dataset<Row> typed = declaredRows(table, withMetadata);
        try {
            typed.writeTo(tables.ensureExists(table)).append();
        }
        catch (NoSuchTableException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> withLoadMetadata(Map<String, ?> row, LocalDate day)
    {
        Map<String, Object> all = new HashMap<>(row);
        all.putAll(Map.of("source_system", "test", "source_location", "test:" + row.hashCode(), "load_id", "load-" + day, "logical_date", Date.valueOf(day),
                "extracted_at", new Timestamp(0)));
        return all;
    }

    private static Map<String, Object> organization(String id, String level, String form, String community, String status, LocalDate day)
    {
        return Map.of("organization_id", id, "organization_name", "组织" + id, "organization_level", level, "organization_form", form,
                "organization_domain", "社区", "division_code", community, "status", status, "updated_at", Timestamp.valueOf(day.atTime(9, 0)));
    }

    private static Map<String, Object> registered(String creditCode, String name, String division, LocalDate day)
    {
        return Map.of("credit_code", creditCode, "organization_name", name, "organization_level", "党支部", "organization_domain", "非公企业",
                "division_code", division, "founded_on", Date.valueOf("2026-01-05"), "member_count", 5, "reported_on", Date.valueOf(day));
    }

    private static Map<String, Object> change(long id, String organization, String type, String effectiveOn, String oldName)
    {
        Map<String, Object> row = new HashMap<>(Map.of("change_id", id, "organization_id", organization, "change_type", type,
                "effective_on", Date.valueOf(effectiveOn), "recorded_at", Timestamp.valueOf(effectiveOn + " 10:00:00")));
        if (oldName != null) {
            row.put("old_name", oldName);
        }
        return row;
    }

    private static Map<String, Object> grid(String code, int households, String status, String splitFrom, LocalDate updatedOn)
    {
        Map<String, Object> row = new HashMap<>(Map.of("grid_code", EAST + code, "grid_name", "网格" + code, "community_code", EAST, "households", households,
                "micro_grids", 4, "status", status, "created_on", Date.valueOf(splitFrom == null ? "2020-01-01" : updatedOn.toString()),
                "updated_on", Date.valueOf(updatedOn)));
        if (splitFrom != null) {
            row.put("split_from", EAST + splitFrom);
        }
        return row;
    }

    private static Map<String, Object> roster(String id, String community, String status, String hiredOn, String leftOn, String month)
    {
        Map<String, Object> row = new HashMap<>(Map.of("staff_id", id, "name", "李" + id, "gender", "男", "birth_year", 1990, "community_code", community,
                "staff_type", "专职社区工作者", "position", "普通社工", "post", "三岗", "grade", 6, "monthly_pay", 6_000));
        row.putAll(Map.of("certificate", "无", "hired_on", Date.valueOf(hiredOn), "status", status, "roster_month", month));
        if (leftOn != null) {
            row.put("left_on", Date.valueOf(leftOn));
        }
        return row;
    }

    private static Map<String, ?>[] ledger(int index, LocalDate day)
    {
        String month = day.toString().substring(0, 7);
        Map<String, Object> row = new HashMap<>(Map.of("street_code", STREET, "ledger_month", month, "line_number", index + 1, "entry_date", Date.valueOf(day),
                "voucher_number", "V" + index, "community_code", EAST, "community_name", "东门社区", "fund_type", "社区工作经费",
                "direction", index == 0 ? "拨入" : "支出", "funding_level", "区级"));
        row.putAll(Map.of("summary", "经费", "amount", new BigDecimal("10000.00")));
        return new Map[] {row};
    }

    private static Map<String, Object> member(String id, String organization)
    {
        return Map.of("member_id", id, "member_name", "王" + id, "gender", "女", "birth_year", 1985, "organization_id", organization,
                "joined_on", Date.valueOf("2010-07-01"), "member_type", "正式党员", "in_service", false, "status", "正常");
    }

    private static Map<String, Object> point(String id, String member, LocalDate day)
    {
        return Map.of("point_id", id, "member_id", member, "behaviour_code", "B01", "area", "奉献社会", "behaviour", "志愿服务", "points", 2,
                "occurred_on", Date.valueOf(day), "recorded_at", Timestamp.valueOf(day.atTime(18, 0)));
    }

    private static Map<String, Object> event(String id, LocalDate day, boolean resolved)
    {
        LocalDate reported = resolved ? DAYS.get(0) : day;
        Map<String, Object> row = new HashMap<>(Map.of("event_id", id, "event_type", "12345市民诉求", "title", "路灯损坏", "division_code", EAST,
                "channel", "12345热线", "reported_at", Timestamp.valueOf(reported.atTime(8, 0)), "status", resolved ? "已办结" : "处理中",
                "reopened_count", 0, "created_at", Timestamp.valueOf(reported.atTime(8, 0)), "updated_at", Timestamp.valueOf(day.atTime(17, 0))));
        row.put("deadline_at", Timestamp.valueOf(reported.plusDays(5).atTime(8, 0)));
        if (resolved) {
            row.putAll(Map.of("responded_at", Timestamp.valueOf(reported.atTime(9, 0)), "resolved_at", Timestamp.valueOf(day.atTime(16, 0))));
        }
        return row;
    }
}
