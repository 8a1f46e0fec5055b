package io.quanyu.source.party;

import io.quanyu.source.community.CommunityProfiles;
import io.quanyu.source.territory.DivisionLevel;
import io.quanyu.source.territory.Territory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PartyOrganizationHistoryTests
{
    private static final LocalDate START = LocalDate.of(2023, 11, 23);
    private static final LocalDate END = LocalDate.of(2026, 11, 21);
    private final Territory ningbo = Territory.ofCity("3302");
    private final List<PartyOrganization> initial = new PartyOrganizationGenerator(4, START).generate(ningbo, CommunityProfiles.of(ningbo, 4));
    private final PartyOrganizationHistory.Result history = new PartyOrganizationHistory(4, START, END).play(initial, ningbo.ofLevel(DivisionLevel.STREET));

    @Test
    void theChangeLogAgreesWithTheOrganizationsAsTheyStandNow()
    {
        Map<String, PartyOrganization> now = history.organizations().stream().collect(Collectors.toMap(PartyOrganization::id, Function.identity()));
        Map<String, List<PartyOrganizationChange>> log = history.changes().stream().collect(Collectors.groupingBy(PartyOrganizationChange::organizationId));

        assertThat(log.keySet()).isEqualTo(now.keySet());
        for (PartyOrganization organization : now.values()) {
            List<PartyOrganizationChange> changes = log.get(organization.id());
            assertThat(changes.get(0).changeType()).isEqualTo("成立");
            PartyOrganizationChange last = changes.get(changes.size() - 1);
            assertThat(organization.updatedAt()).as(organization.id()).isEqualTo(last.recordedAt());
            assertThat(organization.status()).isEqualTo(List.of("撤销", "合并").contains(last.changeType()) ? "dissolved" : "active");
            changes.stream().filter(change -> change.changeType().equals("更名")).forEach(rename -> assertThat(organization.name()).isEqualTo(rename.newName()));
        }
        Set<String> merged = history.organizations().stream().map(PartyOrganization::mergedInto).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        assertThat(merged).isNotEmpty().allSatisfy(target -> assertThat(now).containsKey(target));
    }

    @Test
    void everyKindOfChangeHappensAndNoneIsRecordedAfterThePeriodOrBeforeItTookEffect()
    {
        Map<String, Long> kinds = history.changes().stream().collect(Collectors.groupingBy(PartyOrganizationChange::changeType, Collectors.counting()));
        long founded = history.organizations().stream().filter(organization -> organization.foundedOn().isAfter(START)).count();

        assertThat(kinds).containsKeys("成立", "更名", "合并", "撤销");
        assertThat(history.changes()).allSatisfy(change -> {
            assertThat(change.recordedAt().toLocalDate()).isBeforeOrEqualTo(END);
            assertThat(change.recordedAt().toLocalDate()).isBetween(change.effectiveOn(), change.effectiveOn().plusDays(3));
        });
        // about three new 两新 organizations a street a year
        assertThat(founded / 162.0 / 3).isBetween(2.4, 3.6);
    }

    @Test
    void aLongerPeriodKeepsTheEarlierChangesAsTheyWere()
    {
        PartyOrganizationHistory.Result longer = new PartyOrganizationHistory(4, START, END.plusDays(60)).play(initial, ningbo.ofLevel(DivisionLevel.STREET));

        List<PartyOrganizationChange> earlier = longer.changes().stream().filter(change -> !change.recordedAt().toLocalDate().isAfter(END)).toList();
        assertThat(earlier).isEqualTo(history.changes());
    }
}
