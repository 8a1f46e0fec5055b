package io.quanyu.source.staff;

/**
 * The three posts of the "三岗十八级" ladder, with Ningbo's rule: average annual pay at least 1.6 / 1.3 / 1.1 times
 * the local average wage of the previous year.
 */
public enum StaffPosition
{
    HEAD("正职", "一岗", 1.6),
    DEPUTY("副职", "二岗", 1.3),
    WORKER("普通社工", "三岗", 1.1);

    private final String label;
    private final String post;
    private final double minimumWageMultiple;

    StaffPosition(String label, String post, double minimumWageMultiple)
    {
        this.label = label;
        this.post = post;
        this.minimumWageMultiple = minimumWageMultiple;
    }

    public String label()
    {
        return label;
    }

    public String post()
    {
        return post;
    }

    public double minimumWageMultiple()
    {
        return minimumWageMultiple;
    }
}
