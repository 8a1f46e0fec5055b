package io.quanyu.source.territory;

import java.util.Locale;

/** Levels of the administrative hierarchy, from the city down. */
public enum DivisionLevel
{
    CITY, DISTRICT, STREET, COMMUNITY;

    public String code()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DivisionLevel ofCode(String code)
    {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
