package io.quanyu.source.party;

import io.quanyu.source.community.CommunityKind;
import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.grid.GridHistoryGenerator;
import io.quanyu.source.territory.Division;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * Generates each community's party organizations. A community's own organization is a 党委 ("大党委"), 党总支 or
 * 党支部 by its households. Under an urban 党委 or 党总支 sits one branch per grid ("一网格一支部", Cuiping), under a
 * village 党总支 two or three branches, under a 党支部 a few 党小组. Each community has its own random stream.
 */
public final class PartyOrganizationGenerator
{
    private static final String[] GROUP_NAMES = {"第一", "第二", "第三", "第四"};

    private final long seed;
    private final LocalDate asOf;

    public PartyOrganizationGenerator(long seed, LocalDate asOf)
    {
        this.seed = seed;
        this.asOf = requireNonNull(asOf, "asOf is null");
    }

    public List<PartyOrganization> generate(List<CommunityProfile> profiles)
    {
        List<PartyOrganization> organizations = new ArrayList<>();
        for (CommunityProfile profile : profiles) {
            organizations.addAll(generate(profile));
        }
        return List.copyOf(organizations);
    }

    public static String headLevel(CommunityProfile profile)
    {
        int households = profile.households();
        if (profile.kind() == CommunityKind.URBAN) {
            return households >= 5_000 ? "党委" : households >= 2_000 ? "党总支" : "党支部";
        }
        return households >= 900 ? "党总支" : "党支部";
    }

    List<PartyOrganization> generate(CommunityProfile profile)
    {
        Division community = profile.community();
        SplittableRandom random = SeededRandom.forKey(seed, "party-organization", community.code());
        String level = headLevel(profile);
        String shortName = community.name().replaceAll("(居民委员会|居委会|村民委员会|委员会)$", "");
        List<PartyOrganization> organizations = new ArrayList<>();
        PartyOrganization head = organization(random, community, community.code() + "00",
                "中共" + shortName + (level.equals("党支部") ? "支部委员会" : level.equals("党总支") ? "总支部委员会" : "委员会"),
                level, "社区", null);
        organizations.add(head);
        if (level.equals("党支部")) {
            int groups = 2 + random.nextInt(3);
            for (int index = 1; index <= groups; index++) {
                organizations.add(organization(random, community, "%s%02d".formatted(community.code(), index),
                        shortName + "党支部" + GROUP_NAMES[index - 1] + "党小组", "党小组", "社区", head.id()));
            }
            return organizations;
        }
        boolean urban = profile.kind() == CommunityKind.URBAN;
        int branches = urban ? GridHistoryGenerator.gridCount(profile) : 2 + random.nextInt(2);
        for (int index = 1; index <= branches; index++) {
            String name = urban ? "%s第%d网格党支部".formatted(shortName, index) : "%s第%d党支部".formatted(shortName, index);
            organizations.add(organization(random, community, "%s%02d".formatted(community.code(), index), name, "党支部", "社区", head.id()));
        }
        return organizations;
    }

    private PartyOrganization organization(SplittableRandom random, Division community, String suffixedCode, String name,
            String level, String domain, String parentId)
    {
        LocalDate foundedOn = asOf.minusDays(365L + random.nextInt(365 * 25));
        return new PartyOrganization("PO" + suffixedCode, name, level, domain, parentId, community.code(), foundedOn,
                "active", foundedOn.atTime(9, 0));
    }
}
