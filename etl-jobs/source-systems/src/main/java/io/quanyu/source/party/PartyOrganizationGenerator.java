package io.quanyu.source.party;

import io.quanyu.source.territory.Division;
import io.quanyu.source.territory.DivisionLevel;
import io.quanyu.source.territory.Territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * Generates each community's party organizations. A community's own organization is a 党委 ("大党委"), 党总支 or
 * 党支部 by its size; under a 党委 or 党总支 sits one branch per ~500 households ("一网格一支部", Cuiping), under a
 * 党支部 a few 党小组. The random stream is split per community, so one community's data does not depend on another's.
 */
public final class PartyOrganizationGenerator
{
    static final int HOUSEHOLDS_PER_GRID = 500;
    private static final String[] BRANCH_DOMAINS = {"社区", "社区", "社区", "社区", "物业", "非公企业", "社会组织", "商圈楼宇"};
    private static final String[] GROUP_NAMES = {"第一", "第二", "第三", "第四"};

    private final long seed;
    private final LocalDate asOf;

    public PartyOrganizationGenerator(long seed, LocalDate asOf)
    {
        this.seed = seed;
        this.asOf = requireNonNull(asOf, "asOf is null");
    }

    public List<PartyOrganization> generate(Territory territory)
    {
        List<PartyOrganization> organizations = new ArrayList<>();
        for (Division community : territory.ofLevel(DivisionLevel.COMMUNITY)) {
            organizations.addAll(generate(community));
        }
        return List.copyOf(organizations);
    }

    List<PartyOrganization> generate(Division community)
    {
        SplittableRandom random = new SplittableRandom(seed ^ Long.parseLong(community.code()) * 0x9E3779B97F4A7C15L);
        int households = households(random);
        String level = households >= 2500 ? "党委" : households >= 1200 ? "党总支" : "党支部";
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
        int branches = Math.max(2, (households + HOUSEHOLDS_PER_GRID - 1) / HOUSEHOLDS_PER_GRID);
        for (int index = 1; index <= branches; index++) {
            String domain = BRANCH_DOMAINS[random.nextInt(BRANCH_DOMAINS.length)];
            String name = domain.equals("社区") ? "%s第%d网格党支部".formatted(shortName, index) : "%s%s党支部%d".formatted(shortName, domain, index);
            organizations.add(organization(random, community, "%s%02d".formatted(community.code(), index), name, "党支部", domain, head.id()));
        }
        return organizations;
    }

    /** Households of a community: most between 600 and 2,000, one in ten large, up to 5,000. */
    static int households(SplittableRandom random)
    {
        return random.nextInt(10) == 0 ? 2500 + random.nextInt(2500) : 600 + random.nextInt(1400);
    }

    private PartyOrganization organization(SplittableRandom random, Division community, String suffixedCode, String name,
            String level, String domain, String parentId)
    {
        LocalDate foundedOn = asOf.minusDays(365L + random.nextInt(365 * 25));
        return new PartyOrganization("PO" + suffixedCode, name, level, domain, parentId, community.code(), foundedOn,
                "active", foundedOn.atTime(9, 0));
    }
}
