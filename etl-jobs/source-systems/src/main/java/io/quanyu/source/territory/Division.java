package io.quanyu.source.territory;

import static java.util.Objects.requireNonNull;

/** One administrative division with its 12-digit National Bureau of Statistics code. */
public record Division(DivisionLevel level, String code, String name, String parentCode)
{
    public Division
    {
        requireNonNull(level, "level is null");
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(parentCode, "parentCode is null");
        if (!code.matches("\\d{12}")) {
            throw new IllegalArgumentException("division code %s of %s is not 12 digits".formatted(code, name));
        }
    }

    /** The 6-digit code of the district this division lies in. */
    public String districtPrefix()
    {
        return code.substring(0, 6);
    }
}
