package io.quanyu.source;

import java.util.Locale;

/** How much of the city the simulator generates. */
public enum Scale
{
    /** one district, for tests */
    SMALL("small", 1),
    /** the whole city as the reports describe it */
    CITY("city", 1),
    /** the whole city with ten times the service events, for benchmarks */
    TEN_X("10x", 10);

    private final String label;
    private final double eventVolume;

    Scale(String label, double eventVolume)
    {
        this.label = label;
        this.eventVolume = eventVolume;
    }

    public String label()
    {
        return label;
    }

    public double eventVolume()
    {
        return eventVolume;
    }

    public static Scale of(String name)
    {
        for (Scale scale : values()) {
            if (scale.label.equals(name.toLowerCase(Locale.ROOT))) {
                return scale;
            }
        }
        throw new IllegalArgumentException("unknown scale %s, expected small, city or 10x".formatted(name));
    }
}
