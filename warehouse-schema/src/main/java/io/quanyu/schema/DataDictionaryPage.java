package io.quanyu.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The browsable data dictionary, one HTML page written from the table files alone: every table by layer with its
 * grain, keys and columns, its lineage both ways (the tables it is built from and those built from it), and the data
 * tests its declaration implies or adds.
 */
public final class DataDictionaryPage
{
    private final WarehouseCatalogue catalogue;

    public DataDictionaryPage(WarehouseCatalogue catalogue)
    {
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
    }

    public String html()
    {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><title>全域数据仓库 数据字典</title>
                <style>
                body{font-family:"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
                table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}
                th{background:#f3f3f3}h2{border-bottom:2px solid #c00;padding-bottom:.2em}.meta{color:#555}code{background:#f6f6f6}
                </style></head><body>
                <h1>全域数据仓库 数据字典 <small>(Quanyu data dictionary)</small></h1>
                """);
        Map<Layer, List<TableDefinition>> byLayer = byLayer();
        page.append("<nav><ul>");
        byLayer.forEach((layer, tables) -> page.append("<li>").append(layer.namespace()).append(": ")
                .append(tables.stream().map(table -> link(table.name())).collect(Collectors.joining(", "))).append("</li>"));
        page.append("<li><a href=\"#metrics\">指标目录与红黄绿规则 metrics and warnings</a></li></ul></nav>\n");
        byLayer.forEach((layer, tables) -> {
            page.append("<h2>").append(layer.namespace()).append("</h2>\n");
            tables.forEach(table -> table(page, table));
        });
        metrics(page, MetricCatalogue.load(catalogue));
        return page.append("</body></html>\n").toString();
    }

    private Map<Layer, List<TableDefinition>> byLayer()
    {
        Map<Layer, List<TableDefinition>> byLayer = new LinkedHashMap<>();
        for (Layer layer : Layer.values()) {
            List<TableDefinition> tables = catalogue.tables().stream().filter(table -> table.layer() == layer)
                    .sorted(Comparator.comparing(TableDefinition::name)).toList();
            if (!tables.isEmpty()) {
                byLayer.put(layer, tables);
            }
        }
        return byLayer;
    }

    private void table(StringBuilder page, TableDefinition table)
    {
        page.append("<h3 id=\"").append(table.name()).append("\">").append(table.qualifiedName()).append(" ").append(escape(table.label())).append("</h3>\n")
                .append("<p>").append(escape(table.description())).append("</p>\n<p class=\"meta\">粒度 grain: ").append(escape(table.grain()))
                .append("<br>唯一键 unique key: ").append(code(table.uniqueKey()))
                .append("<br>分区 partitioned by: ").append(code(table.partitionedBy()))
                .append(table.layer() == Layer.ODS ? "<br>每次装载 each load: " + (table.snapshot() ? "源系统全量快照 the whole source" : "变更与新文件 what changed or is new") : "")
                .append("<br>来源 built from: ").append(lineage(table.sources()))
                .append("<br>下游 feeds: ").append(lineage(feeds(table)))
                .append("</p>\n<table><tr><th>字段 column</th><th>类型 type</th><th>中文名</th><th>说明 description</th><th>必填</th><th>取值 accepted values</th><th>引用 references</th></tr>\n");
        for (ColumnDefinition column : table.columns()) {
            page.append("<tr><td><code>").append(column.name()).append("</code></td><td>").append(column.type()).append("</td><td>").append(escape(column.label()))
                    .append("</td><td>").append(escape(column.description())).append("</td><td>").append(column.required() ? "是" : "")
                    .append("</td><td>").append(escape(String.join("、", column.acceptedValues())))
                    .append("</td><td>").append(column.references() == null ? "" : link(column.referencedTableAndColumn().get(0)) + "." + column.referencedTableAndColumn().get(1))
                    .append("</td></tr>\n");
        }
        page.append("</table>\n");
        if (!table.tests().isEmpty()) {
            page.append("<p>数据测试 data tests (besides key, required, accepted values and references):</p><ul>");
            table.tests().forEach(test -> page.append("<li><code>").append(test.name()).append("</code> (").append(test.severity()).append("): ")
                    .append(escape(test.description())).append("</li>"));
            page.append("</ul>\n");
        }
        if (table.isReference()) {
            rows(page, table);
        }
    }

    /** A reference table's whole content, as its file declares it. */
    private static void rows(StringBuilder page, TableDefinition table)
    {
        page.append("<p>内容 content (declared in the table's file):</p>\n<table><tr>");
        table.columnNames().forEach(column -> page.append("<th>").append(column).append("</th>"));
        page.append("</tr>\n");
        for (Map<String, Object> row : table.rows()) {
            page.append("<tr>");
            table.columnNames().forEach(column -> page.append("<td>").append(escape(String.valueOf(row.getOrDefault(column, "")))).append("</td>"));
            page.append("</tr>\n");
        }
        page.append("</table>\n");
    }

    /** The metric catalogue and its 红黄绿 rules, as warehouse-schema/metrics declares them. */
    private static void metrics(StringBuilder page, MetricCatalogue metrics)
    {
        page.append("<h2 id=\"metrics\">指标目录 metrics</h2>\n<table><tr><th>指标 metric</th><th>名称</th><th>单位</th><th>口径 formula</th><th>汇总 aggregation</th>")
                .append("<th>来源 table</th><th>说明</th></tr>\n");
        for (MetricDefinition metric : metrics.metrics()) {
            page.append("<tr><td><code>").append(metric.name()).append("</code></td><td>").append(escape(metric.label())).append("</td><td>").append(escape(metric.unit()))
                    .append("</td><td><code>").append(escape(metric.formula())).append("</code></td><td>").append(metric.aggregation().name().toLowerCase(Locale.ROOT))
                    .append("</td><td>").append(link(metric.table())).append("</td><td>").append(escape(metric.description())).append("</td></tr>\n");
        }
        page.append("</table>\n<h3>红黄绿规则 warning rules</h3>\n<table><tr><th>指标</th><th>层级</th><th>方向</th><th>红</th><th>黄</th><th>依据</th></tr>\n");
        for (WarningRule rule : metrics.rules()) {
            page.append("<tr><td><code>").append(rule.metric()).append("</code></td><td>").append(String.join("、", rule.levels())).append("</td><td>")
                    .append(rule.higherIsWorse() ? "越高越差 above" : "越低越差 below").append("</td><td>").append(rule.red()).append("</td><td>").append(rule.yellow())
                    .append("</td><td>").append(escape(rule.basis())).append("</td></tr>\n");
        }
        page.append("</table>\n");
    }

    /** The tables that name this one among their sources. */
    private List<String> feeds(TableDefinition table)
    {
        List<String> feeds = new ArrayList<>();
        for (TableDefinition other : catalogue.tables()) {
            if (other.sources().contains(table.name())) {
                feeds.add(other.name());
            }
        }
        return feeds.stream().sorted().toList();
    }

    private String lineage(List<String> names)
    {
        return names.isEmpty() ? "—" : names.stream().map(name -> isTable(name) ? link(name) : escape(name)).collect(Collectors.joining(", "));
    }

    private boolean isTable(String name)
    {
        return catalogue.tables().stream().anyMatch(table -> table.name().equals(name));
    }

    private static String link(String table)
    {
        return "<a href=\"#%s\">%s</a>".formatted(table, table);
    }

    private static String code(List<String> columns)
    {
        return columns.isEmpty() ? "—" : "<code>" + String.join(", ", columns) + "</code>";
    }

    static String escape(String text)
    {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
