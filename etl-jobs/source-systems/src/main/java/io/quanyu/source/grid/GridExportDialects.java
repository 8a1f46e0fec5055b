package io.quanyu.source.grid;

import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.csv.CsvDialect;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Each district's grid platform was bought separately, so each names and orders its export columns its own way,
 * writes dates its own way, and every other one still writes GBK. Mapping these back is the ETL's job.
 */
public final class GridExportDialects
{
    static final List<String> GRID_FIELDS = List.of("grid_code", "grid_name", "community_code", "households", "micro_grids", "status",
            "created_on", "split_from", "updated_on");
    static final List<String> WORKER_FIELDS = List.of("worker_id", "name", "gender", "role", "grid_code", "mobile", "hired_on", "status",
            "updated_on");
    private static final Map<String, List<String>> HEADERS = Map.ofEntries(
            Map.entry("grid_code", List.of("网格编码", "网格编号", "网格代码")),
            Map.entry("grid_name", List.of("网格名称", "网格名", "网格名称(全称)")),
            Map.entry("community_code", List.of("所属社区代码", "社区编码", "村社区划代码")),
            Map.entry("households", List.of("户数", "覆盖户数", "住户数")),
            Map.entry("micro_grids", List.of("微网格数", "微网格数量", "楼道微网格")),
            Map.entry("status", List.of("状态", "网格状态", "状态标识")),
            Map.entry("created_on", List.of("划定日期", "设立时间", "创建日期")),
            Map.entry("split_from", List.of("来源网格", "原网格编码", "拆分自")),
            Map.entry("updated_on", List.of("更新日期", "最后修改时间", "变更日期")),
            Map.entry("worker_id", List.of("人员编号", "网格员ID", "工号")),
            Map.entry("name", List.of("姓名", "人员姓名", "网格员姓名")),
            Map.entry("gender", List.of("性别", "性别", "性别")),
            Map.entry("role", List.of("岗位", "职务", "人员类别")),
            Map.entry("mobile", List.of("手机号", "联系电话", "手机")),
            Map.entry("hired_on", List.of("入职日期", "上岗时间", "聘用日期")));
    private static final List<String> DATE_PATTERNS = List.of("yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd");

    private GridExportDialects() {}

    /** @param districtIndex the district's position in code order, which decides its encoding */
    public static CsvDialect grids(String districtCode, int districtIndex)
    {
        return dialect(districtCode, districtIndex, GRID_FIELDS, "grids");
    }

    public static CsvDialect workers(String districtCode, int districtIndex)
    {
        return dialect(districtCode, districtIndex, WORKER_FIELDS, "workers");
    }

    public static Charset charset(int districtIndex)
    {
        return districtIndex % 2 == 0 ? StandardCharsets.UTF_8 : Charset.forName("GBK");
    }

    private static CsvDialect dialect(String districtCode, int districtIndex, List<String> fields, String table)
    {
        Random random = new Random(SeededRandom.forKey(0, "grid-dialect|" + table, districtCode).nextLong());
        List<String> order = new ArrayList<>(fields);
        // the key column stays first, the rest in the district's own order
        Collections.shuffle(order.subList(1, order.size()), random);
        Map<String, String> headers = new HashMap<>();
        for (String field : fields) {
            List<String> variants = HEADERS.get(field);
            headers.put(field, variants.get((districtIndex + Math.floorMod(field.hashCode(), 7)) % variants.size()));
        }
        return new CsvDialect(charset(districtIndex), order, headers, DateTimeFormatter.ofPattern(DATE_PATTERNS.get(districtIndex % DATE_PATTERNS.size())));
    }
}
