package io.quanyu.source.fund;

import io.quanyu.source.community.CommunityKind;
import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.party.PartyOrganizationGenerator;
import io.quanyu.source.people.ChineseNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * Each community's allocations and spending over the period. Allocations follow the policy standards (社区工作经费
 * quarterly from the district, 党组织工作经费 in March by the head organization's level, 服务群众专项经费 in halves from
 * city and district for urban communities, a monthly street subsidy), except in a controlled share of community-years
 * that receive less than the standard. Spending runs at 60% to 95% of the year's allocation.
 */
public final class FundLedgerGenerator
{
    static final double UNDER_STANDARD = 0.10;
    static final long COMMUNITY_WORK_PER_THOUSAND_HOUSEHOLDS = 150_000;
    static final long SERVICE_SPECIAL_PER_COMMUNITY = 200_000;
    static final Map<String, Long> PARTY_WORK_BY_LEVEL = Map.of("党委", 60_000L, "党总支", 50_000L, "党支部", 40_000L);

    private final long seed;
    private final LocalDate start;
    private final LocalDate end;

    public FundLedgerGenerator(long seed, LocalDate start, LocalDate end)
    {
        this.seed = seed;
        this.start = requireNonNull(start, "start is null");
        this.end = requireNonNull(end, "end is null");
    }

    public List<FundEntry> generate(List<CommunityProfile> profiles)
    {
        List<FundEntry> entries = new ArrayList<>();
        for (CommunityProfile profile : profiles) {
            for (int year = start.getYear(); year <= end.getYear(); year++) {
                year(profile, year, entries);
            }
        }
        return entries.stream().filter(entry -> !entry.date().isBefore(start) && !entry.date().isAfter(end)).toList();
    }

    /** What the standard says the community should receive from a fund in a year, in yuan; 0 where none applies. */
    public static long annualStandard(CommunityProfile profile, FundType type)
    {
        return switch (type) {
            case COMMUNITY_WORK -> Math.round(profile.households() / 1_000.0 * COMMUNITY_WORK_PER_THOUSAND_HOUSEHOLDS);
            case PARTY_ORGANIZATION_WORK -> PARTY_WORK_BY_LEVEL.get(PartyOrganizationGenerator.headLevel(profile));
            case SERVICE_SPECIAL -> profile.kind() == CommunityKind.URBAN ? SERVICE_SPECIAL_PER_COMMUNITY : 0;
            case PARTY_BUILDING_SUBSIDY -> 0;
        };
    }

    private void year(CommunityProfile profile, int year, List<FundEntry> entries)
    {
        SplittableRandom random = SeededRandom.forKey(seed, "funds|" + year, profile.community().code());
        String name = profile.community().name();
        String handler = ChineseNames.personName(random);
        long[] allocated = new long[FundType.values().length];
        for (FundType type : List.of(FundType.COMMUNITY_WORK, FundType.PARTY_ORGANIZATION_WORK, FundType.SERVICE_SPECIAL)) {
            long standard = annualStandard(profile, type);
            if (standard == 0) {
                continue;
            }
            double factor = random.nextDouble() < UNDER_STANDARD ? 0.5 + 0.45 * random.nextDouble() : 1.0 + 0.25 * random.nextDouble();
            long annual = Math.round(standard * factor / 100.0) * 100 * 100;
            allocated[type.ordinal()] = annual;
            switch (type) {
                case COMMUNITY_WORK -> {
                    for (int quarter = 0; quarter < 4; quarter++) {
                        entries.add(allocation(profile, name, type, "区级", LocalDate.of(year, 1 + 3 * quarter, 10 + random.nextInt(10)),
                                "%d年第%d季度社区工作经费拨付".formatted(year, quarter + 1), annual / 4, handler));
                    }
                }
                case PARTY_ORGANIZATION_WORK -> entries.add(allocation(profile, name, type, "区级", LocalDate.of(year, 3, 5 + random.nextInt(20)),
                        "%d年度社区党组织工作经费（%s）".formatted(year, PartyOrganizationGenerator.headLevel(profile)), annual, handler));
                default -> {
                    entries.add(allocation(profile, name, type, "市级", LocalDate.of(year, 2, 10 + random.nextInt(15)),
                            "%d年上半年服务群众专项经费".formatted(year), annual / 2, handler));
                    entries.add(allocation(profile, name, type, "区级", LocalDate.of(year, 8, 10 + random.nextInt(15)),
                            "%d年下半年服务群众专项经费".formatted(year), annual - annual / 2, handler));
                }
            }
        }
        for (int month = 1; month <= 12; month++) {
            long subsidy = (1_000 + 500L * random.nextInt(9)) * 100;
            allocated[FundType.PARTY_BUILDING_SUBSIDY.ordinal()] += subsidy;
            entries.add(allocation(profile, name, FundType.PARTY_BUILDING_SUBSIDY, "街道", LocalDate.of(year, month, 1 + random.nextInt(5)),
                    "%d月党建工作补助".formatted(month), subsidy, handler));
        }
        spending(profile, name, year, allocated, random, handler, entries);
    }

    private static void spending(CommunityProfile profile, String name, int year, long[] allocated, SplittableRandom random, String handler,
            List<FundEntry> entries)
    {
        for (FundType type : FundType.values()) {
            if (allocated[type.ordinal()] == 0) {
                continue;
            }
            double rate = 0.6 + 0.35 * random.nextDouble();
            long remaining = Math.round(allocated[type.ordinal()] * rate);
            int count = 6 + random.nextInt(10);
            for (int index = 0; index < count && remaining > 0; index++) {
                long amount = index == count - 1 ? remaining : Math.min(remaining, Math.round(remaining * (0.05 + 0.2 * random.nextDouble())));
                remaining -= amount;
                LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1).plusDays(random.nextInt(28));
                String purpose = type.spendingPurposes().get(random.nextInt(type.spendingPurposes().size()));
                entries.add(new FundEntry(date, profile.community().code(), name, type, false, "街道", purpose, amount, handler));
            }
        }
    }

    private static FundEntry allocation(CommunityProfile profile, String name, FundType type, String level, LocalDate date, String summary,
            long amountInFen, String handler)
    {
        return new FundEntry(date, profile.community().code(), name, type, true, level, summary, amountInFen, handler);
    }
}
