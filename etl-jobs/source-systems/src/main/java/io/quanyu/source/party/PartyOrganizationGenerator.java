package io.quanyu.source.party;

import io.quanyu.source.community.CommunityKind;
import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.grid.GridHistoryGenerator;
import io.quanyu.source.territory.Division;
import io.quanyu.source.territory.DivisionLevel;
import io.quanyu.source.territory.Territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * The party organizations as they stand when the history starts. Each community has a head organization sized by its
 * households (社区大党委, 党总支 or 党支部), one branch per grid under an urban 党委 or 党总支 ("一网格一支部"), 党小组
 * under a 党支部, 红色物业 and 业委会 branches, and 小区党支部 with 楼栋党小组 in large compounds. Each street has its
 * 大工委, a 党建联盟, and the organs, institutions, state enterprises and 两新 organizations located in it; each district
 * a few 区域党委. Every organization's data comes from its own random stream.
 */
public final class PartyOrganizationGenerator
{
    private static final String[] GROUP_NAMES = {"第一", "第二", "第三", "第四"};
    private static final String[] BUREAUS = {"财政局", "民政局", "住建局", "人社局", "卫健局", "教育局", "交通运输局", "市场监管局", "司法局", "农业农村局"};
    private static final String[] INSTITUTIONS = {"社区卫生服务中心", "中心小学", "初级中学", "文化站", "幼儿园", "综合文化服务中心"};
    private static final String[] BRANDS = {"恒信", "甬达", "海天", "明峰", "东港", "华茂", "宏泰", "天诚", "瑞丰", "金源", "博远", "新城"};
    private static final String[] INDUSTRIES = {"电子科技", "机械制造", "物流", "建设工程", "服装", "模具", "贸易", "网络科技", "食品", "新材料"};
    private static final String[] SOCIAL = {"社工服务社", "志愿者协会", "养老服务中心", "商会", "慈善工作站", "青年创业协会", "调解协会", "文体协会"};

    private final long seed;
    private final LocalDate start;

    public PartyOrganizationGenerator(long seed, LocalDate start)
    {
        this.seed = seed;
        this.start = requireNonNull(start, "start is null");
    }

    public static String headLevel(CommunityProfile profile)
    {
        int households = profile.households();
        if (profile.kind() == CommunityKind.URBAN) {
            return households >= 5_000 ? "党委" : households >= 2_000 ? "党总支" : "党支部";
        }
        return households >= 900 ? "党总支" : "党支部";
    }

    public static String streetCommitteeId(String streetCode)
    {
        return "PO" + streetCode + "00";
    }

    public List<PartyOrganization> generate(Territory territory, List<CommunityProfile> profiles)
    {
        List<PartyOrganization> organizations = new ArrayList<>();
        for (Division district : territory.ofLevel(DivisionLevel.DISTRICT)) {
            SplittableRandom random = SeededRandom.forKey(seed, "party-district", district.code());
            int regional = 2 + random.nextInt(3);
            for (int index = 1; index <= regional; index++) {
                organizations.add(organization(random, "PO%s%02d".formatted(district.code(), index),
                        "中共%s%s商圈区域委员会".formatted(district.name(), BRANDS[random.nextInt(BRANDS.length)]), "党委", OrganizationForm.REGIONAL_COMMITTEE, null, district.code()));
            }
        }
        for (Division street : territory.ofLevel(DivisionLevel.STREET)) {
            organizations.addAll(street(street, territory.division(street.parentCode())));
        }
        for (CommunityProfile profile : profiles) {
            organizations.addAll(community(profile));
        }
        return List.copyOf(organizations);
    }

    private List<PartyOrganization> street(Division street, Division district)
    {
        SplittableRandom random = SeededRandom.forKey(seed, "party-street", street.code());
        List<PartyOrganization> organizations = new ArrayList<>();
        String committee = streetCommitteeId(street.code());
        organizations.add(organization(random, committee, "中共%s工作委员会".formatted(street.name()), "党委", OrganizationForm.STREET_WORKING_COMMITTEE, null, street.code()));
        organizations.add(organization(random, "PO" + street.code() + "01", "%s党建联盟".formatted(street.name()), "党委", OrganizationForm.ALLIANCE, null, street.code()));
        int[] next = {10};
        add(organizations, random, next, 2 + random.nextInt(3), street, committee, OrganizationForm.ORGAN,
                () -> "中共%s%s机关委员会".formatted(district.name(), BUREAUS[random.nextInt(BUREAUS.length)]), () -> random.nextBoolean() ? "党委" : "党总支");
        add(organizations, random, next, 1 + random.nextInt(3), street, committee, OrganizationForm.INSTITUTION,
                () -> "%s%s党支部".formatted(street.name(), INSTITUTIONS[random.nextInt(INSTITUTIONS.length)]), () -> "党支部");
        add(organizations, random, next, random.nextInt(3), street, committee, OrganizationForm.STATE_ENTERPRISE,
                () -> "国网%s供电公司%s供电所党支部".formatted(district.name().replaceAll("[区县市]$", ""), street.name()), () -> "党支部");
        add(organizations, random, next, 5 + random.nextInt(8), street, committee, OrganizationForm.NON_PUBLIC_ENTERPRISE,
                () -> companyBranch(random), () -> random.nextInt(6) == 0 ? "党总支" : "党支部");
        add(organizations, random, next, 6 + random.nextInt(13), street, committee, OrganizationForm.SOCIAL_ORGANIZATION,
                () -> "%s%s党支部".formatted(street.name(), SOCIAL[random.nextInt(SOCIAL.length)]), () -> "党支部");
        return organizations;
    }

    static String companyBranch(SplittableRandom random)
    {
        return "宁波%s%s有限公司党支部".formatted(BRANDS[random.nextInt(BRANDS.length)], INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
    }

    private void add(List<PartyOrganization> organizations, SplittableRandom random, int[] next, int count, Division street, String parent,
            OrganizationForm form, java.util.function.Supplier<String> name, java.util.function.Supplier<String> level)
    {
        for (int index = 0; index < count; index++) {
            organizations.add(organization(random, "PO%s%02d".formatted(street.code(), next[0]++), name.get(), level.get(), form, parent, street.code()));
        }
    }

    private List<PartyOrganization> community(CommunityProfile profile)
    {
        Division community = profile.community();
        SplittableRandom random = SeededRandom.forKey(seed, "party-organization", community.code());
        String level = headLevel(profile);
        boolean urban = profile.kind() == CommunityKind.URBAN;
        String shortName = community.name().replaceAll("(居民委员会|居委会|村民委员会|委员会)$", "");
        String code = community.code();
        List<PartyOrganization> organizations = new ArrayList<>();
        OrganizationForm headForm = level.equals("党委") ? OrganizationForm.COMMUNITY_COMMITTEE : urban ? OrganizationForm.COMMUNITY_ORGANIZATION
                : OrganizationForm.VILLAGE_ORGANIZATION;
        PartyOrganization head = organization(random, "PO" + code + "00",
                "中共" + shortName + (level.equals("党支部") ? "支部委员会" : level.equals("党总支") ? "总支部委员会" : "委员会"), level, headForm,
                streetCommitteeId(code.substring(0, 9) + "000"), code);
        organizations.add(head);
        if (level.equals("党支部")) {
            int groups = 2 + random.nextInt(3);
            for (int index = 1; index <= groups; index++) {
                organizations.add(organization(random, "PO%s%02d".formatted(code, index), shortName + "党支部" + GROUP_NAMES[index - 1] + "党小组",
                        "党小组", OrganizationForm.PARTY_GROUP, head.id(), code));
            }
        }
        else {
            int branches = urban ? GridHistoryGenerator.gridCount(profile) : 2 + random.nextInt(2);
            for (int index = 1; index <= branches; index++) {
                organizations.add(organization(random, "PO%s%02d".formatted(code, index),
                        urban ? "%s第%d网格党支部".formatted(shortName, index) : "%s第%d党支部".formatted(shortName, index), "党支部",
                        urban ? OrganizationForm.GRID_BRANCH : OrganizationForm.VILLAGE_BRANCH, head.id(), code));
            }
        }
        if (urban) {
            if (random.nextInt(10) < 9) {
                organizations.add(organization(random, "PO" + code + "P1", shortName + "红色物业党支部", "党支部", OrganizationForm.PROPERTY_BRANCH, head.id(), code));
            }
            if (random.nextInt(10) < 6) {
                organizations.add(organization(random, "PO" + code + "P2", shortName + "业委会党支部", "党支部", OrganizationForm.OWNERS_COMMITTEE_BRANCH, head.id(), code));
            }
            int compounds = profile.households() >= 3_000 ? 1 + random.nextInt(3) : 0;
            for (int compound = 1; compound <= compounds; compound++) {
                String compoundId = "PO%sC%d".formatted(code, compound);
                organizations.add(organization(random, compoundId, "%s%s小区党支部".formatted(shortName, BRANDS[random.nextInt(BRANDS.length)]), "党支部",
                        OrganizationForm.COMPOUND_BRANCH, head.id(), code));
                int buildings = 2 + random.nextInt(3);
                for (int building = 1; building <= buildings; building++) {
                    organizations.add(organization(random, "%sB%d".formatted(compoundId, building), "%s%d幢楼栋党小组".formatted(shortName, building), "党小组",
                            OrganizationForm.BUILDING_GROUP, compoundId, code));
                }
            }
        }
        return organizations;
    }

    private PartyOrganization organization(SplittableRandom random, String id, String name, String level, OrganizationForm form, String parentId,
            String divisionCode)
    {
        LocalDate foundedOn = start.minusDays(30L + random.nextInt(365 * 25));
        return new PartyOrganization(id, name, level, form, parentId, divisionCode, foundedOn, null, null, foundedOn.atTime(9, 0));
    }
}
