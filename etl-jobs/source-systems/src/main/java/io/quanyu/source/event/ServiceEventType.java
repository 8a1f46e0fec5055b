package io.quanyu.source.event;

import java.util.List;

/**
 * The governance platform's kinds of service and governance events. Tickets (吹哨报到, 12345, 矛盾纠纷, ...) run the
 * closed loop 上报 → 派单 → 响应 → 办结 → 评价 within a time limit; activities (双报到, volunteer service, joint
 * meetings) are recorded once held, with participants and hours.
 *
 * @param perTenThousandHouseholdsPerDay how often it happens, per 10,000 households a day (微心愿 at 0.5 gives a county
 *        of 100,000 households Tonghua's 1,658 a year)
 */
public enum ServiceEventType
{
    WHISTLE("吹哨报到", 0.15, 3, true, List.of("联合执法：%s占道经营整治", "跨区域项目：%s道路改造协调", "重大风险：%s老旧小区消防隐患", "急难愁盼：%s加装电梯协调")),
    CITIZEN_REQUEST("12345市民诉求", 1.0, 5, true, List.of("%s噪音扰民", "%s垃圾清运不及时", "%s路灯损坏", "%s停车位不足", "%s楼道杂物堆放")),
    LIVELIHOOD_PROJECT("民生实事", 0.05, 60, true, List.of("%s口袋公园建设", "%s老年食堂改造", "%s雨污分流改造", "%s充电桩安装")),
    MICRO_WISH("微心愿", 0.5, 15, true, List.of("%s困难老人助浴", "%s留守儿童学习用品", "%s独居老人陪护", "%s残疾人轮椅")),
    DISPUTE("矛盾纠纷", 0.4, 10, true, List.of("%s邻里漏水纠纷", "%s物业费纠纷", "%s宅基地界址纠纷", "%s家庭赡养纠纷")),
    DUAL_REPORT("双报到", 0.3, 0, false, List.of("在职党员到%s报到服务", "机关党组织进%s共建活动")),
    VOLUNTEER_SERVICE("志愿服务", 0.6, 0, false, List.of("%s文明实践志愿服务", "%s环境整治志愿服务", "%s助老志愿服务")),
    JOINT_MEETING("联席会议", 0.08, 0, false, List.of("%s党建联席会议", "%s红色物业联席会议"));

    private final String label;
    private final double perTenThousandHouseholdsPerDay;
    private final int deadlineDays;
    private final boolean ticket;
    private final List<String> titles;

    ServiceEventType(String label, double perTenThousandHouseholdsPerDay, int deadlineDays, boolean ticket, List<String> titles)
    {
        this.label = label;
        this.perTenThousandHouseholdsPerDay = perTenThousandHouseholdsPerDay;
        this.deadlineDays = deadlineDays;
        this.ticket = ticket;
        this.titles = List.copyOf(titles);
    }

    public String label()
    {
        return label;
    }

    public double perTenThousandHouseholdsPerDay()
    {
        return perTenThousandHouseholdsPerDay;
    }

    public int deadlineDays()
    {
        return deadlineDays;
    }

    public boolean ticket()
    {
        return ticket;
    }

    public List<String> titles()
    {
        return titles;
    }
}
