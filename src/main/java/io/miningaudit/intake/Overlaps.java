package io.miningaudit.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the consumption cycles of one account that overlap, over a table read as a stream: each cycle is kept as
 * its account's number, two day numbers, its position in the table and where its {@code from} stands, about
 * thirty-five bytes a cycle. The messages are those {@link CaseChecks} gives the tables it holds whole.
 */
final class CycleOverlaps {
    private final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> keyIndex = new HashMap<>();
    private final CompactLocations fromLocations = new CompactLocations();
    private final CompactLocations recordLocations = new CompactLocations();
    private int[] key = new int[16];
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int[] record = new int[16];
    private int size;

    void add(String account, LocalDate first, LocalDate last, int recordIndex, Location recordAt, Location fromAt) {
        key = Growing.ensure(key, size);
        from = Growing.ensure(from, size);
        to = Growing.ensure(to, size);
        record = Growing.ensure(record, size);
        key[size] = keyIndex.computeIfAbsent(account, k -> {
            keys.add(k);
            return keys.size() - 1;
        });
        from[size] = Math.toIntExact(first.toEpochDay());
        to[size] = Math.toIntExact(last.toEpochDay());
        record[size] = recordIndex;
        fromLocations.add(fromAt);
        recordLocations.add(recordAt);
        size++;
    }

    /** Adds a problem for every cycle that starts before an earlier-starting cycle of its account has ended. */
    void check(String table, List<Problem> problems) {
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
            // Stable, as the table's own order breaks ties, like the whole-table check.
            Arrays.sort(group, (a, b) -> Integer.compare(from[a], from[b]));
            int reach = -1;
            for (int c : group) {
                if (reach >= 0 && from[c] <= to[reach]) {
                    problems.add(new Problem(fromLocations.get(c), table + "[" + record[c] + "].from",
                            "this cycle (" + range(c) + ") overlaps the cycle at " + recordAt(reach) + " ("
                                    + range(reach) + ") of the same account " + keys.get(k)));
                }
                if (reach < 0 || to[c] > to[reach]) {
                    reach = c;
                }
            }
            start = end;
        }
    }

    private Location recordAt(int c) {
        return recordLocations.get(c);
    }

    private String range(int c) {
        return LocalDate.ofEpochDay(from[c]) + " to " + LocalDate.ofEpochDay(to[c]);
    }
}
