package io.quanyu.source;

import java.util.Locale;

/** How much of the city the simulator generates. */
public enum Scale
{
    /** one district, for tests */
    SMALL,
    /** the whole city as the reports describe it */
    CITY;

    public static Scale of(String name)
    {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown scale %s, expected small or city".formatted(name));
        }
    }
}
