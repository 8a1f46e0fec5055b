package io.quanyu.source.party;

import io.quanyu.source.community.CommunityKind;
import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.CommunityProfiles;
import io.quanyu.source.grid.GridHistoryGenerator;
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
    private final List<CommunityProfile> profiles = CommunityProfiles.of(ningbo, 7);

    @Test
    void sameSeedGivesTheSameOrganizations()
    {
        List<PartyOrganization> first = new PartyOrganizationGenerator(7, AS_OF).generate(ningbo, profiles);
        List<PartyOrganization> second = new PartyOrganizationGenerator(7, AS_OF).generate(ningbo, profiles);
        List<PartyOrganization> other = new PartyOrganizationGenerator(8, AS_OF).generate(ningbo, profiles);

        assertThat(first).isEqualTo(second);
        assertThat(first).isNotEqualTo(other);
    }

    @Test
    void everyCommunityHasExactlyOneHeadOrganizationAndItsChildrenPointToIt()
    {
        List<PartyOrganization> organizations = new PartyOrganizationGenerator(7, AS_OF).generate(ningbo, profiles);
        Map<String, List<PartyOrganization>> heads = organizations.stream()
                .filter(organization -> organization.id().endsWith("00") && organization.divisionCode().length() == 12
                        && ningbo.division(organization.divisionCode()).level() == DivisionLevel.COMMUNITY)
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
        List<PartyOrganization> organizations = new PartyOrganizationGenerator(7, AS_OF).generate(ningbo, profiles);
        Map<String, Long> byLevel = organizations.stream().collect(Collectors.groupingBy(PartyOrganization::level, Collectors.counting()));
        long gridBranches = organizations.stream()
                .filter(organization -> organization.level().equals("党支部") && organization.name().contains("网格党支部"))
                .count();
        long urbanGrids = profiles.stream()
                .filter(profile -> profile.kind() == CommunityKind.URBAN && !PartyOrganizationGenerator.headLevel(profile).equals("党支部"))
                .mapToLong(GridHistoryGenerator::gridCount)
                .sum();

        assertThat(byLevel).containsOnlyKeys("党委", "党总支", "党支部", "党小组");
        // Ningbo: 2,000+ social-organization party organizations
        assertThat(organizations.stream().filter(organization -> organization.form() == OrganizationForm.SOCIAL_ORGANIZATION).count())
                .isBetween(1_800L, 2_400L);
        assertThat(organizations).extracting(PartyOrganization::domain)
                .contains("社区", "机关", "事业单位", "国企", "非公企业", "社会组织", "商圈楼宇", "物业", "业委会");
        // 一网格一支部: every grid of an urban community headed by a 党委 or 党总支 has its own branch
        assertThat(gridBranches).isEqualTo(urbanGrids).isGreaterThan(6_000L);
        assertThat(organizations).allSatisfy(organization -> assertThat(organization.foundedOn()).isBefore(AS_OF));
    }
}
