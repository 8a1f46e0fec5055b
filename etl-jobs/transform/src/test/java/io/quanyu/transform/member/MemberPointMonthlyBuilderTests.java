package io.quanyu.transform.member;

import io.quanyu.spark.SparkTestBase;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MemberPointMonthlyBuilderTests
        extends SparkTestBase
{
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final String STREET = "330203001000";
    private static final String COMMUNITY = "330203001001";

    @Test
    void theMonthAddsUpEachMembersDeedsByAreaWhereTheirOrganizationSits()
    {
        // given two members' deeds in October and November, one of them read again by a later load, corrected
        Dataset<Row> points = declaredRows("ods_member_point",
                point("P1", "M1", "道德品质", 5, "2026-10-03", "2026-10-05"),
                point("P2", "M1", "党内生活", 3, "2026-10-12", "2026-10-12"),
                point("P3", "M1", "履行职责", -2, "2026-10-30", "2026-11-01"),
                point("P3", "M1", "履行职责", -3, "2026-10-30", "2026-11-02"),
                point("P4", "M2", "奉献社会", 4, "2026-10-08", "2026-10-09"),
                point("P5", "M1", "奉献社会", 2, "2026-11-20", "2026-11-21"));
        Dataset<Row> members = declaredRows("ods_party_member", member("M1", "PO-STREET"), member("M2", "PO-COMMUNITY"));
        Dataset<Row> organizations = declaredRows("dim_organization", organization("PO-STREET", STREET), organization("PO-COMMUNITY", COMMUNITY));

        // when the months are added up on the 21st of November
        List<String> months = MemberPointMonthlyBuilder.build(points, members, organizations, TODAY).orderBy("stat_date", "member_id").collectAsList().stream()
                .map(row -> "%s %s %s moral=%s life=%s duty=%s society=%s total=%s deeds=%s negative=%s".formatted(row.getAs("stat_date"),
                        row.getAs("member_id"), row.getAs("region_code"), row.getAs("moral_points"), row.getAs("party_life_points"),
                        row.getAs("duty_points"), row.getAs("society_points"), row.getAs("total_points"), row.getAs("deeds"), row.getAs("negative_deeds")))
                .toList();

        // then the deed read twice counts once, as the later load read it, and the open month is dated the logical date
        assertThat(months).containsExactly(
                "2026-10-31 M1 330203001000 moral=5 life=3 duty=-3 society=0 total=5 deeds=3 negative=1",
                "2026-10-31 M2 330203001001 moral=0 life=0 duty=0 society=4 total=4 deeds=1 negative=0",
                "2026-11-21 M1 330203001000 moral=0 life=0 duty=0 society=2 total=2 deeds=1 negative=0");
    }

    private static Map<String, Object> point(String id, String member, String area, int points, String occurredOn, String loadDay)
    {
        Map<String, Object> row = new HashMap<>(loadMetadata("party-organization-system", loadDay));
        row.putAll(Map.of("point_id", id, "member_id", member, "behaviour_code", "B01", "area", area, "behaviour", "行为",
                "points", points, "occurred_on", Date.valueOf(occurredOn), "recorded_at", Timestamp.valueOf(occurredOn + " 18:00:00")));
        return row;
    }

    private static Map<String, Object> member(String id, String organization)
    {
        Map<String, Object> row = new HashMap<>(loadMetadata("party-organization-system", TODAY.toString()));
        row.putAll(Map.of("member_id", id, "member_name", "王" + id, "gender", "男", "birth_year", 1980, "organization_id", organization,
                "joined_on", Date.valueOf("2005-07-01"), "member_type", "正式党员", "in_service", false, "status", "正常"));
        return row;
    }

    private static Map<String, Object> organization(String id, String region)
    {
        return Map.of("organization_version_key", (long) id.hashCode(), "organization_id", id, "version_number", 1, "organization_name", id,
                "organization_level", "党支部", "organization_form", "机关党组织", "region_code", region, "status", "active",
                "valid_from", Date.valueOf("2020-01-01"), "is_current", true);
    }

    private static Map<String, Object> loadMetadata(String source, String loadDay)
    {
        return Map.of("source_system", source, "source_location", source + ":" + loadDay, "load_id", "load-" + loadDay,
                "logical_date", Date.valueOf(loadDay), "extracted_at", new Timestamp(0));
    }
}
