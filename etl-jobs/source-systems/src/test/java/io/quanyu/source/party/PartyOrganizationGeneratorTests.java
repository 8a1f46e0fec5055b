package io.quanyu.source.party;

import io.quanyu.source.territory.DivisionLevel;
import io.quanyu.source.territory.Territory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PartyOrganizationGeneratorTests
{
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private final Territory ningbo = Territory.ofCity("3302");

    @Test
    void sameSeedGivesTheSameOrganizations()
    {
        List<PartyOrganization> first = new PartyOrganizationGenerator(7, AS_OF).generate(ningbo);
        List<PartyOrganization> second = new PartyOrganizationGenerator(7, AS_OF).generate(ningbo);
        List<PartyOrganization> other = new PartyOrganizationGenerator(8, AS_OF).generate(ningbo);

        assertThat(first).isEqualTo(second);
        assertThat(first).isNotEqualTo(other);
    }

    @Test
    void everyCommunityHasExactlyOneHeadOrganizationAndItsChildrenPointToIt()
    {
        List<PartyOrganization> organizations = new PartyOrganizationGenerator(7, AS_OF).generate(ningbo);
        Map<String, List<PartyOrganization>> heads = organizations.stream()
                .filter(organization -> organization.parentId() == null)
                .collect(Collectors.groupingBy(PartyOrganization::divisionCode));
        Set<String> ids = organizations.stream().map(PartyOrganization::id).collect(Collectors.toSet());

        assertThat(heads).hasSize(ningbo.ofLevel(DivisionLevel.COMMUNITY).size());
        assertThat(heads.values()).allSatisfy(list -> assertThat(list).hasSize(1));
        assertThat(ids).hasSize(organizations.size());
        organizations.stream().filter(organization -> organization.parentId() != null)
                .forEach(organization -> assertThat(ids).contains(organization.parentId()));
    }

    @Test
    void levelsAndBranchCountsFollowCommunitySize()
    {
        List<PartyOrganization> organizations = new PartyOrganizationGenerator(7, AS_OF).generate(ningbo);
        Map<String, Long> byLevel = organizations.stream().collect(Collectors.groupingBy(PartyOrganization::level, Collectors.counting()));
        long gridBranches = organizations.stream()
                .filter(organization -> organization.level().equals("党支部") && organization.parentId() != null)
                .count();

        assertThat(byLevel).containsOnlyKeys("党委", "党总支", "党支部", "党小组");
        // about one grid branch per 500 households: Ningbo's 3,042 communities land near its 8,000+ grids
        assertThat(gridBranches).isBetween(6_000L, 10_000L);
        assertThat(organizations).allSatisfy(organization -> assertThat(organization.foundedOn()).isBefore(AS_OF));
    }
}
