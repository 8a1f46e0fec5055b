package io.quanyu.source.fund;

import java.util.List;

/** The funds a street's finance office books for its communities, with what each is spent on. */
public enum FundType
{
    /** Ningbo districts: at least 150,000 CNY per 1,000 households a year */
    COMMUNITY_WORK("社区工作经费", List.of("社区日常办公支出", "社区水电物业费", "网格员工作补贴", "社区活动场地维护")),
    /** Ningbo: 党委 60,000, 党总支 50,000, 党支部 40,000 a year */
    PARTY_ORGANIZATION_WORK("社区党组织工作经费", List.of("开展主题党日活动", "党员教育培训", "党建阵地维护", "慰问困难党员")),
    /** Ningbo: at least 200,000 CNY per community a year */
    SERVICE_SPECIAL("社区服务群众专项经费", List.of("为民服务项目采购", "老年食堂运营补贴", "社区文化活动", "志愿服务保障")),
    /** the street's own party-building subsidy */
    PARTY_BUILDING_SUBSIDY("党建工作补助", List.of("党建联盟活动经费", "红色物业共建活动"));

    private final String label;
    private final List<String> spendingPurposes;

    FundType(String label, List<String> spendingPurposes)
    {
        this.label = label;
        this.spendingPurposes = List.copyOf(spendingPurposes);
    }

    public String label()
    {
        return label;
    }

    public List<String> spendingPurposes()
    {
        return spendingPurposes;
    }
}
