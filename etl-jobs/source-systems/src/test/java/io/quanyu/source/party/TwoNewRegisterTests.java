package io.quanyu.source.party;

import io.quanyu.source.community.CommunityProfiles;
import io.quanyu.source.csv.CsvRowDefects;
import io.quanyu.source.defect.DefectManifest;
import io.quanyu.source.defect.DefectPlan;
import io.quanyu.source.territory.Division;
import io.quanyu.source.territory.DivisionLevel;
import io.quanyu.source.territory.Territory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TwoNewRegisterTests
{
    private static final LocalDate START = LocalDate.of(2023, 11, 23);
    private static final LocalDate END = LocalDate.of(2026, 11, 21);
    private final Territory ningbo = Territory.ofCity("3302");
    private final PartyOrganizationHistory.Result history = new PartyOrganizationHistory(4, START, END)
            .play(new PartyOrganizationGenerator(4, START).generate(ningbo, CommunityProfiles.of(ningbo, 4)), ningbo.ofLevel(DivisionLevel.STREET));
    private final TwoNewRegister register = new TwoNewRegister(4, END, history.organizations(), history.changes());
    private final Division district = ningbo.ofLevel(DivisionLevel.DISTRICT).get(0);

    @Test
    void theRegisterListsTheDistrictsActiveTwoNewOrganizationsAndAFewOfItsOwn()
    {
        // when the register's last snapshot is read
        List<TwoNewRegister.Entry> entries = register.entries(district, END);

        // then it holds exactly the district's active 两新 organizations of the city system, plus its own
        Set<String> expected = history.organizations().stream()
                .filter(organization -> organization.form().twoNew() && organization.divisionCode().startsWith(district.districtPrefix())
                        && organization.dissolvedOn() == null)
                .map(PartyOrganization::id)
                .collect(Collectors.toSet());
        List<TwoNewRegister.Entry> own = entries.stream().filter(entry -> entry.cityOrganizationId() == null).toList();
        assertThat(entries.stream().map(TwoNewRegister.Entry::cityOrganizationId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
                .isEqualTo(expected);
        assertThat(own).isNotEmpty().hasSizeLessThan(expected.size() / 10).allSatisfy(entry -> {
            assertThat(entry.organizationCode()).isNull();
            assertThat(entry.foundedOn()).isBetween(END.minusYears(1), END);
        });
        // a fifth or so without the city's code, a quarter or so with the prefix 中共
        long withoutCode = entries.stream().filter(entry -> entry.cityOrganizationId() != null && entry.organizationCode() == null).count();
        long prefixed = entries.stream().filter(entry -> entry.name().startsWith("中共")).count();
        assertThat((double) withoutCode / expected.size()).isBetween(0.1, 0.3);
        assertThat((double) prefixed / expected.size()).isBetween(0.15, 0.35);
    }

    @Test
    void anOrganizationWithoutItsCodeHasANameNoOtherOrganizationOfItsDivisionEverHad()
    {
        // given every name each division's organizations ever had
        Map<String, Set<String>> holders = new HashMap<>();
        for (PartyOrganization organization : history.organizations()) {
            holders.computeIfAbsent(organization.divisionCode() + "|" + TwoNewRegister.normalized(organization.name()), key -> new java.util.HashSet<>())
                    .add(organization.id());
        }
        history.changes().stream().filter(change -> change.oldName() != null).forEach(change -> history.organizations().stream()
                .filter(organization -> organization.id().equals(change.organizationId())).findFirst()
                .ifPresent(organization -> holders.computeIfAbsent(organization.divisionCode() + "|" + TwoNewRegister.normalized(change.oldName()),
                        key -> new java.util.HashSet<>()).add(organization.id())));

        // when the snapshots of a year are read
        for (LocalDate day = END.minusYears(1); !day.isAfter(END); day = day.plusMonths(1)) {
            for (TwoNewRegister.Entry entry : register.entries(district, day)) {
                String key = entry.divisionCode() + "|" + TwoNewRegister.normalized(entry.name());
                if (entry.cityOrganizationId() != null && entry.organizationCode() == null) {
                    // then only its own organization had the name it is written under
                    assertThat(holders.get(key)).as(entry.toString()).containsExactly(entry.cityOrganizationId());
                }
                if (entry.cityOrganizationId() == null) {
                    assertThat(holders).as(entry.toString()).doesNotContainKey(key);
                }
            }
        }
    }

    @Test
    void theMonthlyFilesAreWrittenInTheDistrictsEncodingWithChineseHeaders(@TempDir Path folder)
            throws Exception
    {
        // given the first two districts, one writing GBK and one UTF-8
        for (int index = 0; index < 2; index++) {
            Division each = ningbo.ofLevel(DivisionLevel.DISTRICT).get(index);
            try (DefectManifest manifest = new DefectManifest(folder.resolve("defects-" + index + ".jsonl"))) {
                CsvRowDefects none = new CsvRowDefects(TwoNewRegisterExporter.source(each.code()), new DefectPlan(4, 0.0), manifest, code -> true);

                // when the register of the last three months is exported
                long rows = new TwoNewRegisterExporter(folder.resolve(each.code()), each, index, none).export(register, END.minusMonths(2), END);

                // then each month's snapshot decodes in the district's encoding, with a header and a row per entry
                Charset charset = index == 0 ? Charset.forName("GBK") : StandardCharsets.UTF_8;
                List<String> lines = Files.readAllLines(folder.resolve(each.code()).resolve("two-new-organizations-202611.csv"), charset);
                assertThat(lines.get(0)).contains("统一社会信用代码", "党组织名称", "统计截止日期");
                assertThat(lines).hasSize(register.entries(each, END).size() + 1);
                assertThat(lines.get(1)).contains(index == 0 ? "2026-11-21" : "2026/11/21");
                assertThat(rows).isGreaterThan(3L * (lines.size() - 1) - 30);
            }
        }
    }
}
