package io.quanyu.transform.organization;

import io.quanyu.spark.SparkTestBase;
import io.quanyu.transform.quality.DataTestReport;
import io.quanyu.transform.quality.DataTestResult;
import io.quanyu.transform.quality.DataTestRunner;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationConformanceBuilderTests
        extends SparkTestBase
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final String STREET = "330203001000";
    private static final String OTHER_STREET = "330203002000";

    @Test
    void aRegisterRecordBelongsToTheCityOrganizationItsCodeCreditCodeOrUniqueNameNames()
    {
        // given four city organizations, one renamed before its first load and two in one street sharing a name
        Dataset<Row> city = declaredRows("ods_party_organization",
                city("PO1", "宁波甲贸易有限公司党支部", STREET),
                city("PO2", "宁波乙科技有限公司党支部", STREET),
                city("PO3", "宁波丙物流有限公司党支部", OTHER_STREET),
                city("PO4", "宁波丙物流有限公司党支部", OTHER_STREET));
        Dataset<Row> changes = declaredRows("ods_party_organization_change",
                Map.of("change_id", "C1", "organization_id", "PO2", "change_type", "更名", "effective_on", Date.valueOf(DAY.minusDays(30)),
                        "old_name", "宁波乙电子有限公司党支部", "new_name", "宁波乙科技有限公司党支部", "logical_date", Date.valueOf(DAY)));

        // and a register naming them its own way: the code in lower case, no code but a credit code that had one,
        // the prefix 中共 and a full-width space, the name before the rename, a shared name, and a new organization
        Dataset<Row> register = declaredRows("ods_two_new_organization",
                register("91A", " po1 ", "宁波甲贸易有限公司党支部", STREET, 1),
                register("91A", null, "宁波甲贸易有限公司党支部", STREET, 2),
                register("91B", null, "中共宁波乙科技有限公司　党支部", STREET, 3),
                register("91C", null, "宁波乙电子有限公司党支部", STREET, 4),
                register("91D", null, "宁波丙物流有限公司党支部", OTHER_STREET, 5),
                register("91E", null, "宁波丁餐饮有限公司党支部", STREET, 6),
                register("91F", null, "宁波甲贸易有限公司党支部", OTHER_STREET, 7));

        // when the two systems are made one
        List<Row> records = OrganizationConformanceBuilder.build(city, changes, register).collectAsList();

        // then every city row is its own organization, and each register row names the organization it belongs to and how
        Map<String, String> matched = new HashMap<>();
        records.forEach(row -> matched.put(row.getAs("source_location"), row.getAs("organization_id") + " " + row.getAs("match_rule")));
        assertThat(records).hasSize(11);
        assertThat(matched).containsEntry("city:PO1", "PO1 city_system");
        assertThat(matched).containsEntry("register:1", "PO1 organization_code");
        assertThat(matched).containsEntry("register:2", "PO1 credit_code");
        assertThat(matched).containsEntry("register:3", "PO2 name_in_division");
        assertThat(matched).containsEntry("register:4", "PO2 name_in_division");
        // a name two organizations had tells neither, and a name in another street is not the same organization
        assertThat(matched).containsEntry("register:5", "LX91D register_only");
        assertThat(matched).containsEntry("register:6", "LX91E register_only");
        assertThat(matched).containsEntry("register:7", "LX91F register_only");
        // and the name compared is kept, the same for the register's 中共-prefixed name as for the city's
        assertThat(record(records, "register:3").<String>getAs("match_name")).isEqualTo(record(records, "city:PO2").getAs("match_name"))
                .isEqualTo("宁波乙科技有限公司党支部");
        Row registerOnly = record(records, "register:6");
        assertThat(registerOnly.<String>getAs("organization_form")).isEqualTo("非公企业党组织");
        assertThat(registerOnly.<String>getAs("status")).isEqualTo("active");
        assertThat(registerOnly.<Integer>getAs("member_count")).isEqualTo(12);
        assertThat(registerOnly.<Timestamp>getAs("updated_at")).isEqualTo(Timestamp.valueOf(DAY.atStartOfDay()));
    }

    @Test
    void aNameReusedAfterItsOrganizationWasDissolvedMeansTheOrganizationThatHeldItOnTheReportDate()
    {
        // given an organization dissolved 100 days ago, and another in its street renamed to its name 70 days ago
        Dataset<Row> city = declaredRows("ods_party_organization",
                dissolved(city("PO5", "宁波戊机械有限公司党支部", STREET), DAY.minusDays(100)),
                city("PO1", "宁波戊机械有限公司党支部", STREET));
        Dataset<Row> changes = declaredRows("ods_party_organization_change",
                Map.of("change_id", "C1", "organization_id", "PO1", "change_type", "更名", "effective_on", Date.valueOf(DAY.minusDays(70)),
                        "old_name", "宁波甲贸易有限公司党支部", "new_name", "宁波戊机械有限公司党支部", "logical_date", Date.valueOf(DAY)));

        // and the register writing that name for the first before its dissolution, and for the second once its 60-day
        // lag has passed, having written the second's old name in between
        Dataset<Row> register = declaredRows("ods_two_new_organization",
                reported(register("91P5", null, "宁波戊机械有限公司党支部", STREET, 1), DAY.minusDays(200)),
                reported(register("91P1", null, "宁波甲贸易有限公司党支部", STREET, 2), DAY.minusDays(30)),
                reported(register("91P1", null, "中共宁波戊机械有限公司党支部", STREET, 3), DAY));

        // when the two systems are made one
        List<Row> records = OrganizationConformanceBuilder.build(city, changes, register).collectAsList();

        // then each register row belongs to the organization that had the name when the register wrote it
        assertThat(record(records, "register:1").<String>getAs("organization_id")).isEqualTo("PO5");
        assertThat(record(records, "register:2").<String>getAs("organization_id")).isEqualTo("PO1");
        assertThat(record(records, "register:3").<String>getAs("organization_id")).isEqualTo("PO1");
        assertThat(records).filteredOn(row -> row.getAs("source_system").equals("two-new-register"))
                .extracting(row -> row.<String>getAs("match_rule")).containsOnly("name_in_division");
    }

    @Test
    void anOrganizationOnlyTheRegisterHeldIsTheCitysOnceTheCityRegistersItForItsWholeHistory()
    {
        // given a register writing an organization under a name the city does not know, and, once the city system
        // registered it under another name, with the city's code
        Dataset<Row> city = declaredRows("ods_party_organization", city("PO9", "宁波己科技有限公司党支部", STREET));
        Dataset<Row> register = declaredRows("ods_two_new_organization",
                reported(register("91X", null, "宁波己网络科技有限公司党支部", STREET, 1), DAY.minusDays(60)),
                reported(register("91X", null, "宁波己网络科技有限公司党支部", STREET, 2), DAY.minusDays(30)),
                reported(register("91X", "PO9", "宁波己网络科技有限公司党支部", STREET, 3), DAY));

        // when the two systems are made one
        List<Row> records = OrganizationConformanceBuilder.build(city, declaredRows("ods_party_organization_change"), register).collectAsList();

        // then the rows written before the city knew it are the city's organization too, by their credit code, and no
        // register-only organization is left to be counted beside it
        assertThat(matched(records, "register:1")).isEqualTo("PO9 credit_code");
        assertThat(matched(records, "register:2")).isEqualTo("PO9 credit_code");
        assertThat(matched(records, "register:3")).isEqualTo("PO9 organization_code");
        assertThat(records).extracting(row -> row.<String>getAs("match_rule")).doesNotContain(OrganizationConformanceBuilder.REGISTER_ONLY);
    }

    @Test
    void theDimensionHoldsEachOrganizationOnceWithTheCitysAttributes()
    {
        // given a city organization, the register's two records of it under another name, and one only the register holds
        Dataset<Row> city = declaredRows("ods_party_organization", city("PO1", "宁波甲贸易有限公司党支部", STREET));
        Dataset<Row> changes = declaredRows("ods_party_organization_change");
        Dataset<Row> register = declaredRows("ods_two_new_organization",
                register("91A", "PO1", "中共宁波甲贸易有限公司党支部", STREET, 1),
                register("91E", null, "宁波丁餐饮有限公司党支部", STREET, 2));
        Dataset<Row> conformed = OrganizationConformanceBuilder.build(city, changes, register);

        // when the dimension is built from the records that decide attributes
        Dataset<Row> states = conformed.where(conformed.col("match_rule").isin(OrganizationConformanceBuilder.CITY_SYSTEM, OrganizationConformanceBuilder.REGISTER_ONLY));
        List<String> versions = OrganizationDimensionBuilder.build(states, changes).orderBy("organization_id").collectAsList().stream()
                .map(row -> row.getAs("organization_id") + ":" + row.getAs("organization_name") + ":" + row.getAs("organization_domain"))
                .toList();

        // then the city organization has one version under the city's name, and the register's own organization is there too
        assertThat(versions).containsExactly("LX91E:宁波丁餐饮有限公司党支部:非公企业", "PO1:宁波甲贸易有限公司党支部:非公企业");
    }

    @Test
    void aRegisterOnlyOrganizationWithACityNameInItsDivisionIsLeftToADataSteward()
    {
        // given a register record under the name two city organizations in its street share, so that it matched neither
        dropAll();
        Dataset<Row> city = declaredRows("ods_party_organization",
                city("PO3", "宁波丙物流有限公司党支部", OTHER_STREET),
                city("PO4", "宁波丙物流有限公司党支部", OTHER_STREET));
        Dataset<Row> register = declaredRows("ods_two_new_organization",
                register("91D", null, "中共宁波丙物流有限公司党支部", OTHER_STREET, 1),
                register("91E", null, "宁波丁餐饮有限公司党支部", STREET, 2));
        tables().overwrite("dwd_party_organization", OrganizationConformanceBuilder.build(city, declaredRows("ods_party_organization_change"), register));

        // when the table's data tests run
        DataTestReport report = new DataTestRunner(spark(), tables()).run(List.of("dwd_party_organization"), DAY);

        // then the warning counts that one organization, and the credit codes hold together
        Map<String, Long> failing = report.results().stream().collect(Collectors.toMap(result -> result.test().name(), DataTestResult::failingRows));
        assertThat(failing).containsEntry("city_organizations_are_not_registered_twice", 1L)
                .containsEntry("register_rows_of_one_credit_code_are_one_organization", 0L);
        assertThat(report.warnings()).extracting(result -> result.test().name()).containsExactly("city_organizations_are_not_registered_twice");
    }

    private static String matched(List<Row> records, String location)
    {
        Row row = record(records, location);
        return row.getAs("organization_id") + " " + row.getAs("match_rule");
    }

    private static Row record(List<Row> records, String location)
    {
        return records.stream().filter(row -> row.getAs("source_location").equals(location)).findFirst().orElseThrow();
    }

    private static Map<String, Object> city(String id, String name, String division)
    {
        Map<String, Object> row = new HashMap<>();
        row.put("organization_id", id);
        row.put("organization_name", name);
        row.put("organization_level", "党支部");
        row.put("organization_domain", "非公企业");
        row.put("organization_form", "非公企业党组织");
        row.put("division_code", division);
        row.put("founded_on", Date.valueOf(DAY.minusYears(2)));
        row.put("status", "active");
        row.put("updated_at", Timestamp.valueOf(DAY.atTime(9, 0)));
        row.put("source_system", "party-organization-system");
        row.put("source_location", "city:" + id);
        row.put("load_id", "L1");
        row.put("logical_date", Date.valueOf(DAY));
        row.put("extracted_at", Timestamp.valueOf(DAY.atTime(23, 0)));
        return row;
    }

    private static Map<String, Object> dissolved(Map<String, Object> row, LocalDate day)
    {
        row.put("dissolved_on", Date.valueOf(day));
        row.put("status", "dissolved");
        row.put("updated_at", Timestamp.valueOf(day.atTime(9, 0)));
        return row;
    }

    private static Map<String, Object> reported(Map<String, Object> row, LocalDate day)
    {
        row.put("reported_on", Date.valueOf(day));
        return row;
    }

    private static Map<String, Object> register(String creditCode, String code, String name, String division, int line)
    {
        Map<String, Object> row = new HashMap<>();
        row.put("credit_code", creditCode);
        row.put("organization_id", code);
        row.put("organization_name", name);
        row.put("organization_level", "党支部");
        row.put("organization_domain", "非公企业");
        row.put("division_code", division);
        row.put("founded_on", Date.valueOf(DAY.minusYears(1)));
        row.put("member_count", 12);
        row.put("reported_on", Date.valueOf(DAY));
        row.put("source_system", "two-new-register");
        row.put("source_location", "register:" + line);
        row.put("load_id", "L2");
        row.put("logical_date", Date.valueOf(DAY));
        row.put("extracted_at", Timestamp.valueOf(DAY.atTime(23, 0)));
        return row;
    }
}
