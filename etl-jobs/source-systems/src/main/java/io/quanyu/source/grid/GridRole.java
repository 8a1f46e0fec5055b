package io.quanyu.source.grid;

/** The people a grid has (Jiangsu's 4 to 5 per grid): one leader, full-time and part-time workers, an instructor. */
public enum GridRole
{
    LEADER("网格长"),
    FULL_TIME("专职网格员"),
    PART_TIME("兼职网格员"),
    INSTRUCTOR("网格指导员");

    private final String label;

    GridRole(String label)
    {
        this.label = label;
    }

    public String label()
    {
        return label;
    }
}
