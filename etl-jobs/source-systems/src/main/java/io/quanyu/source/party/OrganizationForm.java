package io.quanyu.source.party;

/** The forms party organizations take in the reports, each with the domain (领域) it belongs to. */
public enum OrganizationForm
{
    COMMUNITY_COMMITTEE("社区大党委", "社区"),
    COMMUNITY_ORGANIZATION("社区党组织", "社区"),
    VILLAGE_ORGANIZATION("村党组织", "社区"),
    GRID_BRANCH("网格党支部", "社区"),
    VILLAGE_BRANCH("村党支部", "社区"),
    PARTY_GROUP("党小组", "社区"),
    COMPOUND_BRANCH("小区党支部", "社区"),
    BUILDING_GROUP("楼栋党小组", "社区"),
    PROPERTY_BRANCH("物业党支部", "物业"),
    OWNERS_COMMITTEE_BRANCH("业委会党支部", "业委会"),
    STREET_WORKING_COMMITTEE("街道大工委", "机关"),
    ALLIANCE("党建联盟", "社区"),
    REGIONAL_COMMITTEE("区域党委", "商圈楼宇"),
    ORGAN("机关党组织", "机关"),
    INSTITUTION("事业单位党组织", "事业单位"),
    STATE_ENTERPRISE("国企党组织", "国企"),
    NON_PUBLIC_ENTERPRISE("非公企业党组织", "非公企业"),
    SOCIAL_ORGANIZATION("社会组织党组织", "社会组织");

    private final String label;
    private final String domain;

    OrganizationForm(String label, String domain)
    {
        this.label = label;
        this.domain = domain;
    }

    public String label()
    {
        return label;
    }

    public String domain()
    {
        return domain;
    }

    /** 两新 organizations come and go with their companies and associations. */
    public boolean twoNew()
    {
        return this == NON_PUBLIC_ENTERPRISE || this == SOCIAL_ORGANIZATION;
    }
}
