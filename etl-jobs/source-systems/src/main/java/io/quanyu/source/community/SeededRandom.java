package io.quanyu.source.community;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Random streams keyed by what they generate (a purpose and an entity), so each entity's data depends only on the
 * seed and its own key: adding a community or a day does not change any other.
 */
public final class SeededRandom
{
    private SeededRandom() {}

    public static SplittableRandom forKey(long seed, String purpose, String key)
    {
        long hash = seed * 0x9E3779B97F4A7C15L;
        for (byte value : (purpose + "|" + key).getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ value) * 0x100000001B3L;
        }
        return new SplittableRandom(hash);
    }
}
