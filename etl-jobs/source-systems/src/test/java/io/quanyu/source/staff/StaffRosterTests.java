package io.quanyu.source.staff;

import io.quanyu.source.Scale;
import io.quanyu.source.SourceSystemsLayout;
import io.quanyu.source.SourceSystemsSimulator;
import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.CommunityProfiles;
import io.quanyu.source.defect.Defect;
import io.quanyu.source.defect.DefectKind;
import io.quanyu.source.defect.DefectManifest;
import io.quanyu.source.territory.Territory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class StaffRosterTests
{
    private static final LocalDate START = LocalDate.of(2023, 11, 23);
    private static final LocalDate END = LocalDate.of(2026, 11, 21);
    private static final List<CommunityProfile> NINGBO = CommunityProfiles.of(Territory.ofCity("3302"), 12);
    private static final List<StaffMember> MEMBERS = new StaffRosterGenerator(12, START, END).generate(NINGBO);
    private static Path sources;

    @BeforeAll
    static void generateFiles()
            throws Exception
    {
        sources = Files.createTempDirectory("quanyu-roster");
        new SourceSystemsSimulator(new SimulationSettings("3302", Scale.SMALL, 12, END, 70, 0.01)).generate(new SourceSystemsLayout(sources));
    }

    @Test
    void payFollowsTheOnePointSixOneThreeOneOneRuleExceptInTheUnderpaidShare()
    {
        YearMonth month = YearMonth.of(2026, 6);
        List<StaffMember> employed = MEMBERS.stream().filter(member -> !member.firstSecretary())
                .filter(member -> member.employedDuring(month.atDay(1), month.atEndOfMonth())).toList();

        for (StaffMember member : employed) {
            long annual = (StaffPay.monthlyPay(member, month, 12) - member.certificateAllowance()) * 12;
            double threshold = member.position().minimumWageMultiple() * LocalWages.averageAnnualWage(member.communityCode().substring(0, 6), 2025);
            if (member.underpaid()) {
                assertThat((double) annual).as(member.id()).isLessThan(threshold);
            }
            else {
                assertThat((double) annual).as(member.id()).isGreaterThanOrEqualTo(threshold * 0.995);
            }
        }
        double underpaidCommunities = employed.stream().filter(StaffMember::underpaid).map(StaffMember::communityCode).distinct().count()
                / (double) employed.stream().map(StaffMember::communityCode).distinct().count();
        assertThat(underpaidCommunities).isBetween(0.05, 0.11);
    }

    @Test
    void theWorkforceLooksLikeTheReportsSayIt()
    {
        List<StaffMember> atEnd = MEMBERS.stream().filter(member -> !member.firstSecretary() && member.leftOn() == null).toList();
        double college = atEnd.stream().filter(member -> !member.education().equals("高中")).count() / (double) atEnd.size();
        double age = atEnd.stream().mapToInt(member -> END.getYear() - member.birthYear()).average().orElseThrow();
        long initial = MEMBERS.stream().filter(member -> !member.firstSecretary() && member.hiredOn().isBefore(START)).count();
        long left = MEMBERS.stream().filter(member -> !member.firstSecretary() && member.leftOn() != null).count();

        // Hangzhou: 95% college or above, average age 37.2; turnover ("难招、难留") about 10% a year
        assertThat(college).isBetween(0.92, 0.98);
        assertThat(age).isBetween(33.0, 41.0);
        assertThat(left / (double) initial / 3).isBetween(0.07, 0.13);
        assertThat(atEnd).extracting(StaffMember::certificateAllowance).containsOnly(0, 200, 400);
    }

    @Test
    void someWorkersMoveToAnotherCommunityOfTheirStreetAtAMonthsEnd()
    {
        Map<String, List<StaffMember>> stays = MEMBERS.stream().filter(member -> !member.firstSecretary())
                .collect(Collectors.groupingBy(StaffMember::id));
        List<List<StaffMember>> moved = stays.values().stream().filter(list -> list.size() > 1).toList();

        assertThat(moved).isNotEmpty().allSatisfy(list -> {
            StaffMember from = list.get(0);
            StaffMember to = list.get(1);
            assertThat(from.movedTo()).isEqualTo(to.communityCode()).isNotEqualTo(from.communityCode());
            assertThat(to.communityCode()).startsWith(from.communityCode().substring(0, 9));
            assertThat(from.leftOn()).isEqualTo(from.leftOn().withDayOfMonth(from.leftOn().lengthOfMonth()));
            assertThat(to.hiredOn()).isEqualTo(from.leftOn().plusDays(1));
            assertThat(to.movedIn()).isTrue();
        });
        // never twice in one month's roster
        YearMonth month = YearMonth.of(2025, 7);
        assertThat(MEMBERS.stream().filter(member -> member.employedDuring(month.atDay(1), month.atEndOfMonth())).map(StaffMember::id))
                .doesNotHaveDuplicates();
    }

    @Test
    void firstSecretariesServeOneYearTermsFromAnOrgan()
    {
        Map<String, List<StaffMember>> byCommunity = MEMBERS.stream().filter(StaffMember::firstSecretary)
                .collect(Collectors.groupingBy(StaffMember::communityCode));

        assertThat(byCommunity).isNotEmpty();
        byCommunity.values().forEach(terms -> terms.stream().filter(term -> term.leftOn() != null)
                .forEach(term -> assertThat(term.hiredOn().plusYears(1).minusDays(1)).isEqualTo(term.leftOn())));
        assertThat(byCommunity.values().stream().flatMap(List::stream)).allSatisfy(term -> assertThat(term.dispatchingUnit()).isNotBlank());
    }

    @Test
    void mostFirstSecretariesMeetDafangsTermsAndAFewFallShort()
            throws Exception
    {
        Path file = sources.resolve("hr-roster/roster-202610.csv");
        List<CSVRecord> secretaries;
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(BOMInputStream.builder().setPath(file).get(), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            secretaries = parser.getRecords().stream().filter(record -> record.get("人员类型").equals("第一书记")).toList();
        }
        List<StaffMember> all = MEMBERS.stream().filter(StaffMember::firstSecretary).toList();
        long shortDays = 0;
        long rows = 0;
        for (StaffMember member : all) {
            YearMonth month = YearMonth.of(2026, 6);
            if (member.employedDuring(month.atDay(1), month.atEndOfMonth())) {
                rows++;
                Map<String, String> row = StaffRosterExporter.row(member, month, 12);
                shortDays += Integer.parseInt(row.get("days_in_community")) < 22 ? 1 : 0;
                assertThat(Integer.parseInt(row.get("work_funds"))).isGreaterThanOrEqualTo(8_000);
                assertThat(row.get("insurance_amount")).isIn("1000000", "500000");
            }
        }
        // Dafang: at least 22 days a month in the community; a controlled share falls short for the warnings
        assertThat(shortDays / (double) rows).isBetween(0.03, 0.2);
        assertThat(secretaries).allSatisfy(record -> assertThat(record.get("派出单位")).isNotBlank());
    }

    @Test
    void theMonthlyFileReadsWithAStandardReaderAndItsDefectsAreInTheManifest()
            throws Exception
    {
        Path file = sources.resolve("hr-roster/roster-202611.csv");
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(BOMInputStream.builder().setPath(file).get(), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            records = parser.getRecords();
        }
        assertThat(records.get(0).getParser().getHeaderNames()).startsWith("人员编号", "姓名").contains("月应发工资(元)", "统计月份");
        assertThat(records).hasSizeGreaterThan(100);
        assertThat(records).filteredOn(record -> record.get("状态").equals("在职")).allSatisfy(record -> assertThat(record.get("统计月份")).isEqualTo("2026-11"));

        List<Defect> defects = DefectManifest.read(new SourceSystemsLayout(sources).defectManifest()).stream()
                .filter(defect -> defect.source().equals(StaffRosterExporter.SOURCE) && defect.location().startsWith("roster-202611.csv:")).toList();
        for (Defect defect : defects.stream().filter(defect -> defect.kind() == DefectKind.MISSING_REQUIRED_FIELD).toList()) {
            long line = Long.parseLong(defect.location().substring(defect.location().indexOf(':') + 1));
            CSVRecord record = records.stream().filter(candidate -> candidate.getParser().getCurrentLineNumber() > 0
                    && candidate.getRecordNumber() + 1 == line).findFirst().orElseThrow();
            assertThat(record.get("姓名")).as(defect.toString()).isEmpty();
        }
    }
}
