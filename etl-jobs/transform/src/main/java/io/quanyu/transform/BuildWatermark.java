package io.quanyu.transform;

import org.apache.iceberg.Snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What a table built incrementally holds: the logical date it was built for and the newest finish of the loads it
 * counted. Kept in the summary of the snapshot the build wrote, so it moves with the table's branches: a build that is
 * not published leaves main's watermark as it was.
 *
 * @param rewritten what the build wrote: {@code all}, or the partitions it replaced
 */
public record BuildWatermark(LocalDate day, Instant loadsFinishedAt, String rewritten)
{
    public static final String DAY = "quanyu.built-for";
    private static final String LOADS_FINISHED_AT = "quanyu.loads-finished-at";
    public static final String REWRITTEN = "quanyu.rewritten";

    public BuildWatermark
    {
        requireNonNull(day, "day is null");
        requireNonNull(loadsFinishedAt, "loadsFinishedAt is null");
        requireNonNull(rewritten, "rewritten is null");
    }

    /** The watermark of the snapshot, if the build that wrote it left one. */
    public static Optional<BuildWatermark> of(Snapshot snapshot)
    {
        if (snapshot == null || !snapshot.summary().containsKey(DAY) || !snapshot.summary().containsKey(LOADS_FINISHED_AT)) {
            return Optional.empty();
        }
        Map<String, String> summary = snapshot.summary();
        return Optional.of(new BuildWatermark(LocalDate.parse(summary.get(DAY)), Instant.parse(summary.get(LOADS_FINISHED_AT)),
                summary.getOrDefault(REWRITTEN, "")));
    }

    /** The snapshot summary properties that record it. */
    public Map<String, String> properties()
    {
        return Map.of(DAY, day.toString(), LOADS_FINISHED_AT, loadsFinishedAt.toString(), REWRITTEN, rewritten);
    }
}
