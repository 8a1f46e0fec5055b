package io.quanyu.source.member;

/** The 锋领指数's sixteen behaviours in four areas (Ningbo), each worth points, some of them deductions. */
public enum PointBehaviour
{
    LAW_ABIDING("B01", "道德品质", "遵纪守法", 2),
    HONEST("B02", "道德品质", "诚实守信", 2),
    FILIAL("B03", "道德品质", "孝老爱亲", 3),
    PUBLIC_MORALITY_BREACH("B04", "道德品质", "违反社会公德", -5),
    ORGANIZATIONAL_LIFE("B05", "党内生活", "参加组织生活", 2),
    DUES("B06", "党内生活", "按时交纳党费", 1),
    STUDY("B07", "党内生活", "参加学习教育", 2),
    ABSENCE("B08", "党内生活", "无故缺席组织生活", -3),
    POST_MERIT("B09", "履行职责", "岗位建功", 3),
    SERVING_RESIDENTS("B10", "履行职责", "联系服务群众", 2),
    GOVERNANCE("B11", "履行职责", "参与基层治理", 3),
    NEGLIGENCE("B12", "履行职责", "履职不力", -3),
    VOLUNTEERING("B13", "奉献社会", "志愿服务", 2),
    PAIRED_SUPPORT("B14", "奉献社会", "结对帮扶", 3),
    DONATION("B15", "奉献社会", "爱心捐助", 2),
    DUAL_REPORT_SERVICE("B16", "奉献社会", "双报到服务", 3);

    private final String code;
    private final String area;
    private final String label;
    private final int points;

    PointBehaviour(String code, String area, String label, int points)
    {
        this.code = code;
        this.area = area;
        this.label = label;
        this.points = points;
    }

    public String code()
    {
        return code;
    }

    public String area()
    {
        return area;
    }

    public String label()
    {
        return label;
    }

    public int points()
    {
        return points;
    }
}
