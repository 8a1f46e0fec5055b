package io.quanyu.source.staff;

import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.csv.CsvDialect;
import io.quanyu.source.csv.CsvRowDefects;
import io.quanyu.source.csv.CsvRowDefects.Roles;
import io.quanyu.source.csv.DefectiveCsvWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * The HR system's monthly roster, {@code roster-yyyymm.csv}: everyone employed during the month with that month's
 * grade, pay and, for first secretaries, days in the community, work funds and insurance. UTF-8 with a byte-order
 * mark, as HR exports it for Excel.
 */
public final class StaffRosterExporter
{
    public static final String SOURCE = "hr-roster";
    static final List<String> FIELDS = List.of("staff_id", "name", "gender", "birth_year", "education", "community_code", "staff_type", "position",
            "post", "grade", "monthly_pay", "certificate", "certificate_allowance", "hired_on", "left_on", "dispatching_unit", "days_in_community",
            "work_funds", "insurance_amount", "status", "month");
    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("staff_id", "人员编号"), Map.entry("name", "姓名"),
            Map.entry("gender", "性别"), Map.entry("birth_year", "出生年份"), Map.entry("education", "学历"), Map.entry("community_code", "所在社区代码"),
            Map.entry("staff_type", "人员类型"), Map.entry("position", "职务"), Map.entry("post", "岗位"), Map.entry("grade", "薪级"),
            Map.entry("monthly_pay", "月应发工资(元)"), Map.entry("certificate", "持证情况"), Map.entry("certificate_allowance", "证书补贴(元)"),
            Map.entry("hired_on", "入职日期"), Map.entry("left_on", "离职日期"), Map.entry("dispatching_unit", "派出单位"),
            Map.entry("days_in_community", "本月驻村(社区)天数"), Map.entry("work_funds", "工作经费(元)"), Map.entry("insurance_amount", "保险保额(元)"),
            Map.entry("status", "状态"), Map.entry("month", "统计月份"));
    private static final Roles ROLES = new Roles("staff_id", "name", "community_code", "monthly_pay", "hired_on", null);
    private static final DateTimeFormatter DATES = DateTimeFormatter.ISO_LOCAL_DATE;
    static final CsvDialect DIALECT = new CsvDialect(StandardCharsets.UTF_8, FIELDS, HEADERS, DATES, true);

    private final Path folder;
    private final CsvRowDefects defects;
    private final long seed;

    public StaffRosterExporter(Path folder, CsvRowDefects defects, long seed)
    {
        this.folder = requireNonNull(folder, "folder is null");
        this.defects = requireNonNull(defects, "defects is null");
        this.seed = seed;
    }

    public void export(YearMonth month, List<StaffMember> members)
    {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        String file = "roster-%d%02d.csv".formatted(month.getYear(), month.getMonthValue());
        try (DefectiveCsvWriter writer = new DefectiveCsvWriter(folder.resolve(file), DIALECT)) {
            for (StaffMember member : members) {
                if (member.employedDuring(first, last)) {
                    defects.write(writer, file, last, row(member, month, seed), ROLES, DATES);
                }
            }
        }
    }

    /** A member's row for a month; it depends only on the member, the month and the seed. */
    static Map<String, String> row(StaffMember member, YearMonth month, long seed)
    {
        SplittableRandom random = SeededRandom.forKey(seed, "roster|" + month, member.id());
        boolean leaving = member.leftOn() != null && !member.leftOn().isAfter(month.atEndOfMonth());
        Map<String, String> row = new LinkedHashMap<>();
        row.put("staff_id", member.id());
        row.put("name", member.name());
        row.put("gender", member.gender());
        row.put("birth_year", Integer.toString(member.birthYear()));
        row.put("education", member.education());
        row.put("community_code", member.communityCode());
        row.put("staff_type", member.firstSecretary() ? "第一书记" : "专职社区工作者");
        row.put("position", member.firstSecretary() ? "第一书记" : member.position().label());
        row.put("post", member.firstSecretary() ? "" : member.position().post());
        row.put("grade", member.firstSecretary() ? "" : Integer.toString(StaffPay.grade(member, month)));
        row.put("monthly_pay", member.firstSecretary() ? "" : Long.toString(StaffPay.monthlyPay(member, month, seed)));
        row.put("certificate", member.certificate());
        row.put("certificate_allowance", Integer.toString(member.certificateAllowance()));
        row.put("hired_on", DATES.format(member.hiredOn()));
        row.put("left_on", member.leftOn() == null ? "" : DATES.format(member.leftOn()));
        row.put("dispatching_unit", member.dispatchingUnit() == null ? "" : member.dispatchingUnit());
        // Dafang: at least 22 days a month in the community, 10,000 CNY of work funds and 1,000,000 of insurance; some fall short
        row.put("days_in_community", member.firstSecretary() ? Integer.toString(random.nextInt(10) == 0 ? 15 + random.nextInt(7) : 22 + random.nextInt(7)) : "");
        SplittableRandom term = SeededRandom.forKey(seed, "first-secretary-term", member.id());
        row.put("work_funds", member.firstSecretary() ? Integer.toString(term.nextInt(20) == 0 ? 8_000 : 10_000 + 1_000 * term.nextInt(21)) : "");
        row.put("insurance_amount", member.firstSecretary() ? (term.nextInt(20) == 0 ? "500000" : "1000000") : "");
        boolean arrived = member.movedIn() && YearMonth.from(member.hiredOn()).equals(month);
        row.put("status", leaving ? (member.movedTo() != null ? "调出" : "离职") : arrived ? "调入" : "在职");
        row.put("month", "%d-%02d".formatted(month.getYear(), month.getMonthValue()));
        return row;
    }
}
