package io.miningaudit.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the periods of one key that overlap: the consumption cycles of an account, the catalogue rates of a
 * province and category. Each period is kept as its key's number, two day numbers, its position in the table and
 * where the record and its {@code from} stand, about thirty-five bytes a period, so that a table read as a stream
 * of millions of cycles can be checked after it was read.
 */
final class Overlaps {
    /** The day number of a period with no end (a rate still in force). */
    private static final int OPEN = Integer.MAX_VALUE;

    private final String table;
    private final String noun;
    private final String keyName;
    private final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> keyIndex = new HashMap<>();
    private final CompactLocations fromLocations = new CompactLocations();
    private final CompactLocations recordLocations = new CompactLocations();
    private int[] key = new int[16];
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int[] record = new int[16];
    private int size;

    /**
     * @param noun    what a period is called in a message: "cycle", "rate"
     * @param keyName what its key is called: "account", "province and category"
     */
    Overlaps(String table, String noun, String keyName) {
        this.table = table;
        this.noun = noun;
        this.keyName = keyName;
    }

    /** Adds a period; {@code last} is null for one with no end. */
    void add(String periodKey, LocalDate first, LocalDate last, int recordIndex, Location recordAt, Location fromAt) {
        key = Growing.ensure(key, size);
        from = Growing.ensure(from, size);
        to = Growing.ensure(to, size);
        record = Growing.ensure(record, size);
        key[size] = keyIndex.computeIfAbsent(periodKey, k -> {
            keys.add(k);
            return keys.size() - 1;
        });
        from[size] = Math.toIntExact(first.toEpochDay());
        to[size] = last == null ? OPEN : Math.toIntExact(last.toEpochDay());
        record[size] = recordIndex;
        fromLocations.add(fromAt);
        recordLocations.add(recordAt);
        size++;
    }

    /** Adds a problem for every period that starts before an earlier-starting period of its key has ended. */
    void check(List<Problem> problems) {
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = ((long) key[i] << 32) | i;
        }
        Arrays.sort(order);
        int start = 0;
        while (start < size) {
            int k = (int) (order[start] >>> 32);
            int end = start;
            while (end < size && (int) (order[end] >>> 32) == k) {
                end++;
            }
            Integer[] group = new Integer[end - start];
            for (int i = start; i < end; i++) {
                group[i - start] = (int) order[i];
            }
            // Stable: among periods that start on one day, the table's own order decides.
            Arrays.sort(group, (a, b) -> Integer.compare(from[a], from[b]));
            int reach = -1;
            for (int c : group) {
                if (reach >= 0 && from[c] <= to[reach]) {
                    problems.add(new Problem(fromLocations.get(c), table + "[" + record[c] + "].from",
                            "this " + noun + " (" + range(c) + ") overlaps the " + noun + " at "
                                    + recordLocations.get(reach) + " (" + range(reach) + ") of the same " + keyName
                                    + " " + keys.get(k)));
                }
                if (reach < 0 || to[c] > to[reach]) {
                    reach = c;
                }
            }
            start = end;
        }
    }

    private String range(int c) {
        return LocalDate.ofEpochDay(from[c]) + " to " + (to[c] == OPEN ? "open" : LocalDate.ofEpochDay(to[c]));
    }
}
