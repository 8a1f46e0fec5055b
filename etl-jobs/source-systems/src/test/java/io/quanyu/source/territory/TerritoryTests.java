package io.quanyu.source.territory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TerritoryTests
{
    @Test
    void ningboHasItsRealDivisions()
    {
        Territory ningbo = Territory.ofCity("3302");

        assertThat(ningbo.city().name()).isEqualTo("宁波市");
        assertThat(ningbo.city().code()).isEqualTo("330200000000");
        assertThat(ningbo.ofLevel(DivisionLevel.DISTRICT)).hasSize(10)
                .extracting(Division::name).contains("海曙区", "鄞州区", "慈溪市", "象山县");
        assertThat(ningbo.ofLevel(DivisionLevel.STREET)).hasSize(162);
        assertThat(ningbo.ofLevel(DivisionLevel.COMMUNITY)).hasSize(3042);
    }

    @Test
    void everyDivisionBelowTheCityHasAParentInTheTerritory()
    {
        Territory ningbo = Territory.ofCity("3302");

        ningbo.divisions().stream()
                .filter(division -> division.level() != DivisionLevel.CITY)
                .forEach(division -> assertThat(ningbo.division(division.parentCode()).level().ordinal())
                        .as(division.code())
                        .isEqualTo(division.level().ordinal() - 1));
    }

    @Test
    void restrictingToADistrictKeepsOnlyItsSubtree()
    {
        Territory haishu = Territory.ofCity("3302").restrictedToDistrict("330203000000");

        assertThat(haishu.ofLevel(DivisionLevel.DISTRICT)).extracting(Division::name).containsExactly("海曙区");
        assertThat(haishu.ofLevel(DivisionLevel.COMMUNITY)).isNotEmpty()
                .allSatisfy(community -> assertThat(community.code()).startsWith("330203"));
    }

    @Test
    void unknownCityAndCodeAreClearErrors()
    {
        assertThatThrownBy(() -> Territory.ofCity("9999")).hasMessageContaining("no territory extract for city 9999");
        assertThatThrownBy(() -> Territory.ofCity("3302").division("330299000000"))
                .hasMessage("unknown division code 330299000000 in city 3302");
    }
}
