package io.quanyu.source.community;

import io.quanyu.source.territory.Division;
import io.quanyu.source.territory.DivisionLevel;
import io.quanyu.source.territory.Territory;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Households per community, the quantity every other entity is sized from. Urban communities average about 4,500
 * households, so Ningbo's 885 urban communities at ~500 households a grid come to its "8,000+ urban grids"; villages
 * hold 150 to 1,200 households.
 */
public final class CommunityProfiles
{
    static final int URBAN_MEAN = 4_500;
    static final int URBAN_SPREAD = 1_800;

    private CommunityProfiles() {}

    public static List<CommunityProfile> of(Territory territory, long seed)
    {
        return territory.ofLevel(DivisionLevel.COMMUNITY).stream().map(community -> profile(community, seed)).toList();
    }

    static CommunityProfile profile(Division community, long seed)
    {
        SplittableRandom random = SeededRandom.forKey(seed, "community-profile", community.code());
        CommunityKind kind = CommunityKind.ofName(community.name());
        int households = kind == CommunityKind.URBAN
                ? (int) Math.max(1_200, Math.min(12_000, Math.round(URBAN_MEAN + URBAN_SPREAD * gaussian(random))))
                : 150 + random.nextInt(1_050);
        return new CommunityProfile(community, kind, households);
    }

    private static double gaussian(SplittableRandom random)
    {
        // Box-Muller: SplittableRandom has no nextGaussian on JDK 17
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
