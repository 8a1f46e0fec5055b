package io.quanyu.source.party;

import io.quanyu.source.community.CommunityKind;
import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.people.ChineseNames;
import io.quanyu.source.territory.Division;
import io.quanyu.source.territory.DivisionLevel;
import io.quanyu.source.territory.Territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * The party-mass service centers (one per district and street, one per urban community and most villages; district
 * centers rated 5A, streets 4A or 5A, communities 2A to 5A) and the resident units whose leaders sit as part-time
 * members on the street 大工委 (6 to 12 each) and community 大党委 (5 to 9), which gives Ningbo its 3,740 or so.
 */
public final class PartyInfrastructureGenerator
{
    private static final String[] UNITS = {"机关|%s辖区税务所", "事业单位|%s辖区医院", "事业单位|%s辖区中学", "国企|国网%s供电所", "国企|工商银行%s支行",
            "非公企业|%s商贸集团有限公司", "机关|%s派出所", "国企|中国移动%s营业厅"};

    private final long seed;
    private final LocalDate start;

    public PartyInfrastructureGenerator(long seed, LocalDate start)
    {
        this.seed = seed;
        this.start = requireNonNull(start, "start is null");
    }

    public List<ServiceCenter> centers(Territory territory, List<CommunityProfile> profiles)
    {
        List<ServiceCenter> centers = new ArrayList<>();
        for (Division division : territory.divisions()) {
            if (division.level() == DivisionLevel.CITY) {
                continue;
            }
            SplittableRandom random = SeededRandom.forKey(seed, "service-center", division.code());
            String level;
            String rating;
            switch (division.level()) {
                case DISTRICT -> {
                    level = "区级";
                    rating = "5A";
                }
                case STREET -> {
                    level = "街道级";
                    rating = random.nextInt(3) == 0 ? "4A" : "5A";
                }
                default -> {
                    boolean village = CommunityKind.ofName(division.name()) == CommunityKind.RURAL;
                    if (village && random.nextInt(10) < 3) {
                        continue;
                    }
                    level = "社区级";
                    rating = (2 + random.nextInt(4)) + "A";
                }
            }
            int area = switch (level) {
                case "区级" -> 3_000 + random.nextInt(5_000);
                case "街道级" -> 800 + random.nextInt(2_200);
                default -> 200 + random.nextInt(800);
            };
            String name = division.name().replaceAll("(居民委员会|居委会|村民委员会|委员会)$", "") + "党群服务中心";
            centers.add(new ServiceCenter("SC" + division.code(), name, level, division.code(), rating, area,
                    start.minusDays(60 + random.nextInt(8 * 365))));
        }
        return centers;
    }

    public List<ResidentUnitMember> residentUnitMembers(List<PartyOrganization> organizations)
    {
        List<ResidentUnitMember> members = new ArrayList<>();
        for (PartyOrganization organization : organizations) {
            boolean street = organization.form() == OrganizationForm.STREET_WORKING_COMMITTEE;
            if (!street && organization.form() != OrganizationForm.COMMUNITY_COMMITTEE) {
                continue;
            }
            SplittableRandom random = SeededRandom.forKey(seed, "resident-units", organization.id());
            int count = street ? 6 + random.nextInt(7) : 5 + random.nextInt(5);
            String place = organization.name().replace("中共", "").replaceAll("(工作委员会|委员会)$", "");
            for (int index = 1; index <= count; index++) {
                String[] unit = UNITS[random.nextInt(UNITS.length)].split("\\|");
                String unitName = unit[1].formatted(place);
                members.add(new ResidentUnitMember("RU%s%02d".formatted(organization.id().substring(2), index), unitName, unit[0],
                        ChineseNames.personName(random), organization.id(), start.minusDays(random.nextInt(3 * 365))));
            }
        }
        return members;
    }
}
