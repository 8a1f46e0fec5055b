package io.quanyu.source.defect;

import io.quanyu.source.community.SeededRandom;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Decides, reproducibly, which records get a defect: each record with probability {@code rate}, the kind drawn from
 * those that make sense for the record.
 */
public record DefectPlan(long seed, double rate)
{
    public static final double DEFAULT_RATE = 0.005;

    public DefectPlan
    {
        if (rate < 0 || rate > 0.5) {
            throw new IllegalArgumentException("defect rate must be between 0 and 0.5, got " + rate);
        }
    }

    public Optional<DefectKind> pick(String source, String recordKey, List<DefectKind> applicable)
    {
        if (rate == 0 || applicable.isEmpty()) {
            return Optional.empty();
        }
        SplittableRandom random = SeededRandom.forKey(seed, "defect|" + source, recordKey);
        if (random.nextDouble() >= rate) {
            return Optional.empty();
        }
        return Optional.of(applicable.get(random.nextInt(applicable.size())));
    }
}
