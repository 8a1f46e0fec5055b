package io.quanyu.source.staff;

import io.quanyu.source.community.SeededRandom;

/**
 * The local average wage of urban non-private employees per district and year, which the pay rule is measured
 * against: about 62,000 CNY in 2023 growing 4% a year, each district within 5% of that.
 */
public final class LocalWages
{
    private LocalWages() {}

    public static long averageAnnualWage(String districtPrefix, int year)
    {
        double district = 0.95 + 0.10 * SeededRandom.forKey(0, "local-wage", districtPrefix).nextDouble();
        return Math.round(62_000 * Math.pow(1.04, year - 2023) * district / 100) * 100;
    }
}
