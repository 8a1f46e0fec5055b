package io.quanyu.system;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanyu.schema.ColumnDefinition;
import io.quanyu.schema.TableDefinition;
import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.trino.TrinoSchemaCheck;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.quanyu.system.SpineEnvironment.FIRST_DAY;
import static org.assertj.core.api.Assertions.assertThat;

/** From the source database to the screen's API through the real pipeline, Iceberg files and Trino server. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpineSystemTests
{
    private static final LocalDate SECOND_DAY = FIRST_DAY.plusDays(1);
    private static final DateTimeFormatter TRINO_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private final SpineEnvironment spine = SpineEnvironment.get();

    @Test
    @Order(1)
    void theScreenShowsWhatTheSourceDatabaseHolds()
            throws Exception
    {
        // given the source database on the first day
        Map<String, Long> expected;
        try (Connection source = spine.source()) {
            expected = SourceCounts.activeByDistrict(source);
        }

        // when the screen's API is asked for that day
        JsonNode overview = spine.overview(FIRST_DAY);

        // then every district and the city total match the source
        assertThat(overview.get("cityName").asText()).isEqualTo("宁波市");
        assertThat(overview.get("totalOrganizations").asLong()).isEqualTo(SourceCounts.total(expected)).isGreaterThan(10_000);
        assertThat(districts(overview)).isEqualTo(expected).hasSize(10);
    }

    @Test
    @Order(2)
    void analystsQueryTheWarehouseOverJdbc()
            throws Exception
    {
        try (Connection trino = spine.trino(); Statement statement = trino.createStatement()) {
            ResultSet levels = statement.executeQuery("""
                    select region_level, count(*) from quanyu.dim.dim_region group by region_level order by region_level""");
            Map<String, Long> counts = new TreeMap<>();
            while (levels.next()) {
                counts.put(levels.getString(1), levels.getLong(2));
            }
            assertThat(counts).containsExactlyEntriesOf(new TreeMap<>(Map.of("city", 1L, "community", 3042L, "district", 10L, "street", 162L)));

            ResultSet loaded = statement.executeQuery("""
                    select count(*), count(distinct load_id) from quanyu.ods.ods_party_organization where logical_date = date '2026-11-20'""");
            loaded.next();
            try (Connection source = spine.source(); ResultSet sourceCount = source.createStatement().executeQuery("select count(*) from party_organization")) {
                sourceCount.next();
                assertThat(loaded.getLong(1)).isEqualTo(sourceCount.getLong(1));
            }
            assertThat(loaded.getLong(2)).isEqualTo(1);

            ResultSet tests = statement.executeQuery("""
                    select count(*), count_if(not passed), count(distinct table_name) from quanyu.ops.ops_data_test_result where logical_date = date '%s'"""
                    .formatted(FIRST_DAY));
            tests.next();
            assertThat(tests.getLong(1)).as("data tests run").isGreaterThan(20);
            assertThat(tests.getLong(2)).as("data tests failed").isZero();
            assertThat(tests.getLong(3)).as("tables tested: every table a day's build writes").isEqualTo(21);

            // Trino serves every declared table with its declared columns and types, and says so when one differs
            List<TableDefinition> declared = WarehouseCatalogue.load().tables();
            TrinoSchemaCheck check = new TrinoSchemaCheck(trino, "quanyu");
            assertThat(check.differences(declared)).isEmpty();
            TableDefinition region = WarehouseCatalogue.load().table("dim_region");
            List<ColumnDefinition> changed = new ArrayList<>(region.columns());
            ColumnDefinition code = changed.get(0);
            changed.set(0, new ColumnDefinition(code.name(), "bigint", true, code.label(), code.description(), null, null, null, null, null, null, false));
            changed.add(new ColumnDefinition("not_served", "string", false, "未提供", "a column no table has", null, null, null, null, null, null, false));
            assertThat(check.differences(List.of(new TableDefinition(region.name(), region.layer(), region.label(), region.grain(), region.description(),
                    region.sources(), region.partitionedBy(), region.uniqueKey(), region.duplicateKey(), changed, region.tests(), region.rows(), region.snapshot()))))
                    .containsExactly("dim.dim_region.region_code: declared bigint, Trino serves varchar",
                            "dim.dim_region.not_served: declared varchar, but Trino serves no such column");
        }
        String dictionary = spine.screenPage("dictionary");
        assertThat(dictionary).contains("dim.dim_organization 党组织维度（历史）", "<a href=\"#ods_party_organization\">ods_party_organization</a>");
    }

    @Test
    @Order(3)
    void everyExampleQueryForAnalystsAnswersThroughTrino()
            throws Exception
    {
        // given the example queries the README points analysts to
        List<Path> queries;
        try (Stream<Path> files = Files.list(ProjectPaths.ROOT.resolve("warehouse-schema/queries"))) {
            queries = files.filter(file -> file.toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(12);

        // when each runs through Trino, then each answers with rows, and the first and last with the figures they check
        try (Connection trino = spine.trino(); Statement statement = trino.createStatement()) {
            for (Path query : queries) {
                List<String> answer = rows(statement, Files.readString(query));
                assertThat(answer).as(query.getFileName().toString()).isNotEmpty();
                if (query.getFileName().toString().startsWith("01_")) {
                    assertThat(answer).containsExactly("city|1", "district|10", "street|162", "community|3042");
                }
                if (query.getFileName().toString().startsWith("12_")) {
                    assertThat(answer).allSatisfy(row -> assertThat(row).endsWith("|0"));
                }
            }
        }
    }

    @Test
    @Order(4)
    void aChangedSourceRowChangesTheNextDaysNumbersOnly()
            throws Exception
    {
        // given an organization in Zhenhai dissolved and a new branch founded in Haishu, in the source database
        Map<String, Long> before = districts(spine.overview(FIRST_DAY));
        String dissolved;
        try (Connection source = spine.source(); Statement statement = source.createStatement()) {
            ResultSet chosen = statement.executeQuery("""
                    select min(org_id) from party_organization where division_code like '330211%' and parent_org_id is not null and status = 'active'""");
            chosen.next();
            dissolved = chosen.getString(1);
            statement.executeUpdate("""
                    update party_organization set status = 'dissolved', dissolved_on = date '2026-11-21', updated_at = timestamp '2026-11-21 10:00:00'
                    where org_id = '%s'""".formatted(dissolved));
            statement.executeUpdate("""
                    insert into party_organization (org_id, org_name, org_level, org_domain, org_form, parent_org_id, division_code, founded_on,
                                                    status, updated_at)
                    select 'PO' || division_code || 'T9', '新成立的测试党支部', '党支部', '物业', '物业党支部', org_id, division_code, date '2026-11-21',
                           'active', timestamp '2026-11-21 11:00:00'
                    from party_organization where org_id = (select min(org_id) from party_organization where division_code like '330203%')""");
        }

        // when the pipeline runs for the next logical date
        Instant beforeTheNextDay = Instant.now();
        spine.pipeline("run", "--date", SECOND_DAY.toString()).requireSuccess();

        // then the next day's numbers move by one each way, and the first day stays as it was
        Map<String, Long> after = districts(spine.overview(SECOND_DAY));
        assertThat(after.get("330211000000")).isEqualTo(before.get("330211000000") - 1);
        assertThat(after.get("330203000000")).isEqualTo(before.get("330203000000") + 1);
        assertThat(districts(spine.overview(FIRST_DAY))).isEqualTo(before);
        try (Connection source = spine.source()) {
            assertThat(after).isEqualTo(SourceCounts.activeByDistrict(source));
        }
        // and the dissolved organization has a new version, while the table as it was before shows the old one only
        try (Connection trino = spine.trino(); Statement statement = trino.createStatement()) {
            assertThat(rows(statement, """
                    select status, valid_to, is_current from quanyu.dim.dim_organization where organization_id = '%s' order by version_number"""
                    .formatted(dissolved))).containsExactly("active|2026-11-21|false", "dissolved|null|true");
            assertThat(rows(statement, """
                    select status, valid_to, is_current from quanyu.dim.dim_organization for timestamp as of timestamp '%s UTC'
                    where organization_id = '%s'""".formatted(TRINO_TIMESTAMP.format(beforeTheNextDay), dissolved)))
                    .containsExactly("active|null|true");
        }
    }

    private static List<String> rows(Statement statement, String query)
            throws SQLException
    {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    values.add(String.valueOf(result.getObject(column)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    @Test
    @Order(5)
    void rerunningALogicalDateDoesNotDoubleAnything()
            throws Exception
    {
        // given both days loaded
        JsonNode firstBefore = spine.overview(FIRST_DAY);
        JsonNode secondBefore = spine.overview(SECOND_DAY);

        // when the second day is run again, extract and transform (an extract re-run alone is the extract module's test)
        spine.pipeline("run", "--date", SECOND_DAY.toString()).requireSuccess();

        // then nothing is counted twice, in the screen, the warehouse or the ODS layer
        assertThat(spine.overview(SECOND_DAY)).isEqualTo(secondBefore);
        assertThat(spine.overview(FIRST_DAY)).isEqualTo(firstBefore);
        try (Connection trino = spine.trino(); ResultSet rows = trino.createStatement().executeQuery("""
                select logical_date, count(*), count(distinct organization_id)
                from quanyu.ods.ods_party_organization group by logical_date order by logical_date""")) {
            while (rows.next()) {
                assertThat(rows.getLong(2)).as("rows of %s", rows.getString(1)).isEqualTo(rows.getLong(3));
            }
        }
    }

    @Test
    @Order(6)
    void badCommandLinesFailWithAClearMessage()
    {
        SpineEnvironment.PipelineRun malformed = spine.pipeline("run", "--date", "2026-13-01");
        SpineEnvironment.PipelineRun unknown = spine.pipeline("extract", "--date", "2026-11-21", "--source", "payroll");
        SpineEnvironment.PipelineRun unknownInList = spine.pipeline("extract", "--date", "2026-11-21", "--source", "division,payroll");

        assertThat(malformed.result().exitCode()).isEqualTo(2);
        assertThat(malformed.result().output()).contains("malformed date 2026-13-01, expected yyyy-mm-dd");
        assertThat(unknown.result().exitCode()).isEqualTo(2);
        assertThat(unknown.result().output()).contains("unknown source payroll, expected one of [division, party, grid, grid-api, fund, staff, two-new, event] or all");
        // a list is refused whole before its first source runs
        assertThat(unknownInList.result().exitCode()).isEqualTo(2);
        assertThat(unknownInList.result().output()).contains("unknown source payroll").doesNotContain("[extract] division");
    }

    private static Map<String, Long> districts(JsonNode overview)
    {
        Map<String, Long> counts = new TreeMap<>();
        overview.get("districts").forEach(district -> counts.put(district.get("code").asText(), district.get("organizations").asLong()));
        return counts;
    }
}
