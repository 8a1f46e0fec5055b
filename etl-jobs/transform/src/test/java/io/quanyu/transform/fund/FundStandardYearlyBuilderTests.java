package io.quanyu.transform.fund;

import io.quanyu.schema.WarehouseCatalogue;
import io.quanyu.spark.SparkTestBase;
import io.quanyu.transform.reference.ReferenceTableBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FundStandardYearlyBuilderTests
        extends SparkTestBase
{
    private static final String URBAN = "330203001001";
    private static final String VILLAGE = "330203001201";

    @Test
    void eachCommunityIsMeasuredAgainstTheStandardsThatBindIt()
    {
        // given an urban community of 2,000 households led by a 党总支 and a village of 800 led by a 党支部, with 2025's allocations
        Dataset<Row> funds = declaredRows("dws_fund_monthly",
                fund("2025-01-31", URBAN, "党建工作补助", 1_000),
                fund("2025-03-31", URBAN, "社区工作经费", 145_000), fund("2025-09-30", URBAN, "社区工作经费", 145_000),
                fund("2025-03-31", URBAN, "社区党组织工作经费", 50_000),
                fund("2025-08-31", URBAN, "社区服务群众专项经费", 200_000),
                fund("2025-06-30", URBAN, "党建工作补助", 9_000),
                fund("2025-03-31", VILLAGE, "社区工作经费", 120_000),
                fund("2025-03-31", VILLAGE, "社区党组织工作经费", 30_000));

        // when they are measured at the end of 2025
        List<String> measured = measure(funds, LocalDate.of(2025, 12, 31), 2025);

        // then the urban community is 10,000 short of 150,000 per 1,000 households and meets the others; the village owes no service fund
        assertThat(measured).containsExactly(
                "330203001001 COMMUNITY_WORK_PER_1000_HOUSEHOLDS households=2000 standard=300000.00 allocated=290000.00 met=false short=10000.00",
                "330203001001 PARTY_WORK_GENERAL_BRANCH households=2000 standard=50000.00 allocated=50000.00 met=true short=0.00",
                "330203001001 SERVICE_SPECIAL_PER_COMMUNITY households=2000 standard=200000.00 allocated=200000.00 met=true short=0.00",
                "330203001201 COMMUNITY_WORK_PER_1000_HOUSEHOLDS households=800 standard=120000.00 allocated=120000.00 met=true short=0.00",
                "330203001201 PARTY_WORK_BRANCH households=800 standard=40000.00 allocated=30000.00 met=false short=10000.00");
    }

    @Test
    void theOpenYearIsJudgedOnlyOnceItHasReachedTheStandard()
    {
        // given 2026 so far: the urban community's party fund paid in full, half of its work funds, nothing for services
        Dataset<Row> funds = declaredRows("dws_fund_monthly",
                fund("2026-03-31", URBAN, "社区党组织工作经费", 50_000),
                fund("2026-03-31", URBAN, "社区工作经费", 150_000));

        // when measured on 21 November
        List<String> measured = measure(funds, LocalDate.of(2026, 11, 21), 2026).stream().filter(line -> line.startsWith(URBAN)).toList();

        // then what has been reached is met and the rest not yet judged
        assertThat(measured).containsExactly(
                "330203001001 COMMUNITY_WORK_PER_1000_HOUSEHOLDS households=2100 standard=315000.00 allocated=150000.00 met=null short=165000.00",
                "330203001001 PARTY_WORK_GENERAL_BRANCH households=2100 standard=50000.00 allocated=50000.00 met=true short=0.00",
                "330203001001 SERVICE_SPECIAL_PER_COMMUNITY households=2100 standard=200000.00 allocated=0.00 met=null short=200000.00");
    }

    @Test
    void aYearTheLedgersBeginAfterJanuaryIsNotJudged()
    {
        // given ledgers that begin in November 2025, the start of the history, with the village's last quarter of work funds
        Dataset<Row> funds = declaredRows("dws_fund_monthly", fund("2025-11-30", VILLAGE, "社区工作经费", 30_000));

        // when 2025 is measured after its end
        List<String> measured = measure(funds, LocalDate.of(2026, 1, 5), 2025).stream().filter(line -> line.contains("COMMUNITY_WORK")).toList();

        // then neither community is found short of a standard its earlier allocations may have met
        assertThat(measured).containsExactly(
                "330203001001 COMMUNITY_WORK_PER_1000_HOUSEHOLDS households=2000 standard=300000.00 allocated=0.00 met=null short=300000.00",
                "330203001201 COMMUNITY_WORK_PER_1000_HOUSEHOLDS households=800 standard=120000.00 allocated=30000.00 met=null short=90000.00");
    }

    private static List<String> measure(Dataset<Row> funds, LocalDate day, int year)
    {
        Dataset<Row> grids = declaredRows("dws_grid_monthly",
                Map.of("stat_date", date("2025-12-31"), "region_code", URBAN, "grids_in_use", 4L, "households", 2_000L, "micro_grids", 20L, "grid_branches", 4L),
                Map.of("stat_date", date("2025-12-31"), "region_code", VILLAGE, "grids_in_use", 2L, "households", 800L, "micro_grids", 8L, "grid_branches", 0L),
                Map.of("stat_date", date("2026-11-21"), "region_code", URBAN, "grids_in_use", 4L, "households", 2_100L, "micro_grids", 20L, "grid_branches", 4L));
        Dataset<Row> organizations = declaredRows("dim_organization",
                organization("PO" + URBAN + "00", URBAN, "党总支", "社区党组织"),
                organization("PO" + URBAN + "01", URBAN, "党支部", "网格党支部"),
                organization("PO" + VILLAGE + "00", VILLAGE, "党支部", "村党组织"));
        Dataset<Row> regions = declaredRows("dim_region",
                Map.of("region_code", URBAN, "region_name", "朝阳社区居民委员会", "region_level", "community", "community_name", "朝阳社区居民委员会"),
                Map.of("region_code", VILLAGE, "region_name", "李家村村民委员会", "region_level", "community", "community_name", "李家村村民委员会"),
                Map.of("region_code", "330203001000", "region_name", "某街道", "region_level", "street"));
        Dataset<Row> standards = ReferenceTableBuilder.build(spark(), WarehouseCatalogue.load().table("dim_fund_standard"));
        return FundStandardYearlyBuilder.build(funds, grids, organizations, regions, standards, day)
                .where("stat_year = " + year)
                .orderBy("region_code", "standard_code").collectAsList().stream()
                .map(row -> "%s %s households=%s standard=%s allocated=%s met=%s short=%s".formatted(row.getAs("region_code"), row.getAs("standard_code"),
                        row.getAs("households"), row.getAs("standard_amount"), row.getAs("allocated_amount"), row.getAs("meets_standard"),
                        row.getAs("shortfall_amount")))
                .toList();
    }

    private static Map<String, Object> fund(String monthEnd, String community, String type, long allocated)
    {
        return Map.of("stat_date", date(monthEnd), "region_code", community, "fund_type", type, "funding_level", "区级",
                "allocated_amount", BigDecimal.valueOf(allocated).setScale(2), "spent_amount", BigDecimal.ZERO.setScale(2), "ledger_lines", 1L);
    }

    private static Map<String, Object> organization(String id, String community, String level, String form)
    {
        return Map.of("organization_version_key", (long) id.hashCode(), "organization_id", id, "version_number", 1, "organization_name", id,
                "organization_level", level, "organization_form", form, "region_code", community, "status", "active",
                "valid_from", date("2020-01-01"), "is_current", true);
    }

    private static Date date(String day)
    {
        return Date.valueOf(day);
    }
}
