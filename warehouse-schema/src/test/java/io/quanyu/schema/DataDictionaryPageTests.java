package io.quanyu.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataDictionaryPageTests
{
    private final WarehouseCatalogue catalogue = WarehouseCatalogue.load();
    private final String page = new DataDictionaryPage(catalogue).html();

    @Test
    void everyTableAndColumnIsDocumentedWithItsChineseLabel()
    {
        assertThat(catalogue.tables()).isNotEmpty().allSatisfy(table -> {
            assertThat(page).contains("<h3 id=\"%s\">%s %s</h3>".formatted(table.name(), table.qualifiedName(), DataDictionaryPage.escape(table.label())));
            table.columns().forEach(column -> assertThat(page).contains("<td><code>%s</code></td><td>%s</td><td>%s</td>"
                    .formatted(column.name(), column.type(), DataDictionaryPage.escape(column.label()))));
        });
    }

    @Test
    void lineageIsShownBothWays()
    {
        // dim_organization is built from dwd_party_organization, built in turn from ods_party_organization: each feeds the next
        String organization = section("dim_organization");
        assertThat(organization).contains("来源 built from: <a href=\"#dwd_party_organization\">dwd_party_organization</a>");
        assertThat(section("dwd_party_organization")).contains("来源 built from: <a href=\"#ods_party_organization\">ods_party_organization</a>")
                .contains("<a href=\"#dim_organization\">dim_organization</a>");
        assertThat(section("ods_party_organization")).contains("<a href=\"#dwd_party_organization\">dwd_party_organization</a>");
        assertThat(organization).contains("<code>one_current_version_per_organization</code> (error)");
        // a reference table shows its declared content
        assertThat(section("dim_fund_standard")).contains("<td>PARTY_WORK_GENERAL_BRANCH</td><td>社区党组织工作经费</td><td>按党组织层级</td><td>党总支</td>");
    }

    @Test
    void anOdsTableSaysWhetherEachLoadHoldsTheWholeSource()
    {
        assertThat(section("ods_party_member")).contains("<br>每次装载 each load: 源系统全量快照 the whole source<br>");
        assertThat(section("ods_member_point")).contains("<br>每次装载 each load: 变更与新文件 what changed or is new<br>");
        assertThat(section("dim_organization")).doesNotContain("每次装载");
    }

    @Test
    void theMetricCatalogueAndItsRulesAreListed()
    {
        MetricCatalogue metrics = MetricCatalogue.load(catalogue);
        assertThat(metrics.metrics()).allSatisfy(metric -> assertThat(page).contains("<tr><td><code>%s</code></td><td>%s</td>"
                .formatted(metric.name(), DataDictionaryPage.escape(metric.label()))));
        assertThat(page).contains("<td><code>overdue_rate</code></td><td>community、street、district、city</td><td>越高越差 above</td><td>0.2</td><td>0.12</td>");
    }

    @Test
    void textIsEscaped()
    {
        assertThat(DataDictionaryPage.escape("a < b & \"c\"")).isEqualTo("a &lt; b &amp; &quot;c&quot;");
    }

    private String section(String table)
    {
        int start = page.indexOf("<h3 id=\"" + table + "\">");
        assertThat(start).as(table + " has a section").isNotNegative();
        int end = page.indexOf("<h3 ", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
