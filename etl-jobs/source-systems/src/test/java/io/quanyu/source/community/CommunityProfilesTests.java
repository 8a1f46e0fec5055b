package io.quanyu.source.community;

import io.quanyu.source.grid.GridHistoryGenerator;
import io.quanyu.source.territory.Territory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommunityProfilesTests
{
    private final Territory ningbo = Territory.ofCity("3302");

    @Test
    void ningbosUrbanCommunitiesComeToItsEightThousandUrbanGrids()
    {
        List<CommunityProfile> profiles = CommunityProfiles.of(ningbo, 20261122);

        long urbanGrids = profiles.stream().filter(profile -> profile.kind() == CommunityKind.URBAN)
                .mapToLong(GridHistoryGenerator::gridCount).sum();
        long urbanCommunities = profiles.stream().filter(profile -> profile.kind() == CommunityKind.URBAN).count();

        // DOMAIN.md: Ningbo has 8,000+ urban governance grids; about 500 households a grid (Cuiping)
        assertThat(urbanCommunities).isEqualTo(885);
        assertThat(urbanGrids).isBetween(8_000L, 9_500L);
        assertThat(profiles).filteredOn(profile -> profile.kind() == CommunityKind.RURAL)
                .allSatisfy(profile -> assertThat(profile.households()).isBetween(150, 1_200));
    }

    @Test
    void aCommunitysProfileDependsOnlyOnTheSeedAndItself()
    {
        List<CommunityProfile> city = CommunityProfiles.of(ningbo, 5);
        List<CommunityProfile> oneDistrict = CommunityProfiles.of(ningbo.restrictedToDistrict("330203000000"), 5);

        assertThat(city).containsAll(oneDistrict);
        assertThat(CommunityProfiles.of(ningbo, 5)).isEqualTo(city);
        assertThat(CommunityProfiles.of(ningbo, 6)).isNotEqualTo(city);
    }

    @Test
    void villagesAreToldFromUrbanCommunitiesByName()
    {
        assertThat(CommunityKind.ofName("南门社区居民委员会")).isEqualTo(CommunityKind.URBAN);
        assertThat(CommunityKind.ofName("横街居委会")).isEqualTo(CommunityKind.URBAN);
        assertThat(CommunityKind.ofName("凤岙村村民委员会")).isEqualTo(CommunityKind.RURAL);
    }
}
