package io.quanyu.source.party;

import io.quanyu.source.csv.CsvDialect;
import io.quanyu.source.csv.CsvRowDefects;
import io.quanyu.source.csv.DefectiveCsvWriter;
import io.quanyu.source.territory.Division;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Writes one district's register of 两新 party organizations (两新组织党组织台账), kept by the district's 两新工委 apart
 * from the city system: a snapshot at each month's end ({@code two-new-organizations-yyyymm.csv}, the open month as of
 * the last day). The same organizations as the city system's, but as the district writes them: the city's code is
 * left out for some, names lag a rename by two months and some carry the formal prefix 中共. The register also holds
 * organizations the district has founded but not yet reported to the city.
 */
public final class TwoNewRegisterExporter
{
    public static final List<String> FIELDS = List.of("credit_code", "organization_code", "organization_name", "organization_level",
            "organization_domain", "division_code", "founded_on", "member_count", "reported_on");
    private static final Map<String, String> HEADERS = Map.of(
            "credit_code", "统一社会信用代码",
            "organization_code", "党组织编码",
            "organization_name", "党组织名称",
            "organization_level", "组织类别",
            "organization_domain", "所属领域",
            "division_code", "所在区划代码",
            "founded_on", "成立日期",
            "member_count", "党员人数",
            "reported_on", "统计截止日期");
    private static final CsvRowDefects.Roles ROLES = new CsvRowDefects.Roles("credit_code", "organization_name", "division_code", "member_count",
            "founded_on", null);
    private static final DateTimeFormatter FILE_MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final Path folder;
    private final Division district;
    private final CsvDialect dialect;
    private final CsvRowDefects defects;

    /** @param districtIndex the district's position in code order, which decides its encoding and date format */
    public TwoNewRegisterExporter(Path folder, Division district, int districtIndex, CsvRowDefects defects)
    {
        this.folder = requireNonNull(folder, "folder is null");
        this.district = requireNonNull(district, "district is null");
        this.dialect = dialect(districtIndex);
        this.defects = requireNonNull(defects, "defects is null");
    }

    public static String source(String districtCode)
    {
        return "two-new-register-" + districtCode;
    }

    public static CsvDialect dialect(int districtIndex)
    {
        // every other district still writes GBK; the one that writes UTF-8 writes dates with slashes
        Charset charset = districtIndex % 2 == 0 ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        String dates = districtIndex % 2 == 0 ? "yyyy-MM-dd" : "yyyy/MM/dd";
        return new CsvDialect(charset, FIELDS, HEADERS, DateTimeFormatter.ofPattern(dates));
    }

    /** Writes the snapshot of every month from {@code start} to {@code asOf}'s month; returns the rows written. */
    public long export(TwoNewRegister register, LocalDate start, LocalDate asOf)
    {
        long rows = 0;
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(asOf)); month = month.plusMonths(1)) {
            LocalDate day = month.atEndOfMonth().isAfter(asOf) ? asOf : month.atEndOfMonth();
            String file = "two-new-organizations-" + FILE_MONTH.format(month) + ".csv";
            try (DefectiveCsvWriter writer = new DefectiveCsvWriter(folder.resolve(file), dialect)) {
                for (TwoNewRegister.Entry entry : register.entries(district, day)) {
                    defects.write(writer, district.code() + "/" + file, month.atEndOfMonth(), row(entry, day), ROLES, dialect.dateFormat());
                    rows++;
                }
            }
        }
        return rows;
    }

    private Map<String, String> row(TwoNewRegister.Entry entry, LocalDate day)
    {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("credit_code", entry.creditCode());
        row.put("organization_code", entry.organizationCode() == null ? "" : entry.organizationCode());
        row.put("organization_name", entry.name());
        row.put("organization_level", entry.level());
        row.put("organization_domain", entry.domain());
        row.put("division_code", entry.divisionCode());
        row.put("founded_on", dialect.dateFormat().format(entry.foundedOn()));
        row.put("member_count", Integer.toString(entry.memberCount()));
        row.put("reported_on", dialect.dateFormat().format(day));
        return row;
    }
}
