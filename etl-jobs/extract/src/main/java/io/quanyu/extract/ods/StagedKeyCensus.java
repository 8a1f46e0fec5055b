package io.quanyu.extract.ods;

import io.quanyu.schema.TableDefinition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The census of a staged load, read from its chunk files' hash columns with Parquet's column readers, without Spark:
 * grouping every record by its key in Spark costs a shuffle of the whole load, where sorting one long per record costs
 * a few hundred milliseconds. A first pass reads the key hashes (a rejected record has none) and sorts them; a second
 * reads both hashes and the ordinal of only the records whose first hash repeats, and groups those by both hashes.
 */
final class StagedKeyCensus
{
    private StagedKeyCensus() {}

    static DuplicateCopies.Census of(TableDefinition table, List<Path> chunks, long records)
    {
        if (records > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("load of %s stages %d records, more than one census can hold".formatted(table.name(), records));
        }
        // without a duplicate key every accepted record has the same hash, which then says nothing: only count
        boolean keyed = !table.duplicateKey().isEmpty();
        long[] hashes = new long[keyed ? (int) records : 0];
        int[] accepted = {0};
        long[] rejected = {0};
        for (Path chunk : chunks) {
            StagedChunkFile.readLongs(chunk, List.of(StagedRows.KEY_HASH), (values, present) -> {
                if (!present[0]) {
                    rejected[0]++;
                }
                else if (keyed) {
                    hashes[accepted[0]++] = values[0];
                }
            });
        }
        if (!keyed) {
            return new DuplicateCopies.Census(rejected[0], List.of());
        }
        Set<Long> repeatedHashes = repeated(hashes, accepted[0]);
        return new DuplicateCopies.Census(rejected[0], repeatedHashes.isEmpty() ? List.of() : repeatedKeys(chunks, repeatedHashes));
    }

    private static Set<Long> repeated(long[] hashes, int count)
    {
        Arrays.sort(hashes, 0, count);
        Set<Long> repeated = new HashSet<>();
        for (int index = 1; index < count; index++) {
            if (hashes[index] == hashes[index - 1]) {
                repeated.add(hashes[index]);
            }
        }
        return repeated;
    }

    private static List<DuplicateCopies.RepeatedKey> repeatedKeys(List<Path> chunks, Set<Long> repeatedHashes)
    {
        record Key(long hash, long check) {}
        Map<Key, long[]> copies = new HashMap<>();
        for (Path chunk : chunks) {
            StagedChunkFile.readLongs(chunk, List.of(StagedRows.KEY_HASH, StagedRows.KEY_CHECK, StagedRows.ORDINAL), (values, present) -> {
                if (present[0] && repeatedHashes.contains(values[0])) {
                    long[] firstAndCount = copies.computeIfAbsent(new Key(values[0], values[1]), key -> new long[] {Long.MAX_VALUE, 0});
                    firstAndCount[0] = Math.min(firstAndCount[0], values[2]);
                    firstAndCount[1]++;
                }
            });
        }
        List<DuplicateCopies.RepeatedKey> repeated = new ArrayList<>();
        copies.forEach((key, firstAndCount) -> {
            if (firstAndCount[1] > 1) {
                repeated.add(new DuplicateCopies.RepeatedKey(key.hash(), key.check(), firstAndCount[0], firstAndCount[1]));
            }
        });
        return repeated;
    }
}
