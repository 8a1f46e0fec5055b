package io.quanyu.source.party;

import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.CommunityProfiles;
import io.quanyu.source.territory.Territory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PartyInfrastructureGeneratorTests
{
    private static final LocalDate START = LocalDate.of(2023, 11, 23);
    private final Territory ningbo = Territory.ofCity("3302");
    private final List<CommunityProfile> profiles = CommunityProfiles.of(ningbo, 9);
    private final PartyInfrastructureGenerator generator = new PartyInfrastructureGenerator(9, START);

    @Test
    void ningbosResidentUnitLeadersSitOnItsCommitteesAsPartTimeMembers()
    {
        List<PartyOrganization> organizations = new PartyOrganizationGenerator(9, START).generate(ningbo, profiles);

        List<ResidentUnitMember> members = generator.residentUnitMembers(organizations);

        // DOMAIN.md: Ningbo has 3,740 resident-unit leaders as part-time committee members
        assertThat(members.size()).isBetween(3_300, 4_200);
        assertThat(members).extracting(ResidentUnitMember::id).doesNotHaveDuplicates();
    }

    @Test
    void serviceCentersStandAtEveryLevelWithTheirRatings()
    {
        List<ServiceCenter> centers = generator.centers(ningbo, profiles);
        Map<String, List<ServiceCenter>> byLevel = centers.stream().collect(Collectors.groupingBy(ServiceCenter::level));

        assertThat(byLevel.get("区级")).hasSize(10).allSatisfy(center -> assertThat(center.rating()).isEqualTo("5A"));
        assertThat(byLevel.get("街道级")).hasSize(162).allSatisfy(center -> assertThat(center.rating()).isIn("4A", "5A"));
        assertThat(byLevel.get("社区级").size()).isBetween(885 + 1_300, 3_042);
        assertThat(centers).allSatisfy(center -> assertThat(center.openedOn()).isBefore(START));
    }
}
