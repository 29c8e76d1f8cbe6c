package io.miningaudit.facts;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The one count of distinct IP addresses that every sheet and rule uses (RULES.md "Distinct IPs"): addresses are
 * counted by their canonical form ({@link IpAddress}), so one address written four ways is one IP. Detections are
 * added to numbered groups (a province, an entity), each optionally marked (attributed); the count gives, per group
 * and over all groups, the distinct addresses and the distinct marked ones.
 *
 * <p>An IPv4 address is packed with its group and mark into one long, eight bytes a detection where a set of strings
 * takes ten times that; sorting the longs puts each address's detections together. IPv6 addresses, rare, go to a map.
 */
public final class DistinctIps {
    private final int groups;
    private long[] keys = new long[16];
    private int size;
    /** IPv6 addresses: for each, the groups it was seen in and whether marked there. */
    private final Map<IpAddress, Map<Integer, Boolean>> ipv6 = new HashMap<>();

    /** A count over {@code groups} groups, numbered from 0. */
    public DistinctIps(int groups) {
        if (groups < 1) {
            throw new IllegalArgumentException("at least one group");
        }
        this.groups = groups;
    }

    /** The distinct addresses among {@code ips}. */
    public static long count(Collection<IpAddress> ips) {
        DistinctIps count = new DistinctIps(1);
        ips.forEach(ip -> count.add(ip, 0, false));
        return count.count().total();
    }

    /** Adds one detection of {@code ip} in {@code group}, {@code marked} or not. */
    public void add(IpAddress ip, int group, boolean marked) {
        if (group < 0 || group >= groups) {
            throw new IndexOutOfBoundsException(group);
        }
        long v4 = ip.ipv4Value();
        if (v4 >= 0) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size + (size >> 1));
            }
            keys[size++] = v4 << 32 | (long) group << 1 | (marked ? 1 : 0);
            return;
        }
        ipv6.computeIfAbsent(ip, a -> new HashMap<>()).merge(group, marked, Boolean::logicalOr);
    }

    /** What a count found: per group and in all, the distinct addresses and the distinct marked addresses. */
    public record Counts(long[] byGroup, long[] markedByGroup, long total, long markedTotal) {
    }

    /** Counts what was added (and sorts it: add nothing after). */
    public Counts count() {
        long[] byGroup = new long[groups];
        long[] markedByGroup = new long[groups];
        long total = 0;
        long markedTotal = 0;
        Arrays.sort(keys, 0, size);
        int i = 0;
        while (i < size) {
            long ip = keys[i] >>> 32;
            boolean anyMarked = false;
            while (i < size && keys[i] >>> 32 == ip) {
                long groupKey = keys[i] >>> 1;
                boolean marked = false;
                while (i < size && keys[i] >>> 1 == groupKey) {
                    marked |= (keys[i] & 1) == 1;
                    i++;
                }
                int group = (int) (groupKey & 0x7fffffff);
                byGroup[group]++;
                if (marked) {
                    markedByGroup[group]++;
                    anyMarked = true;
                }
            }
            total++;
            if (anyMarked) {
                markedTotal++;
            }
        }
        for (Map<Integer, Boolean> seen : ipv6.values()) {
            boolean anyMarked = false;
            for (var e : seen.entrySet()) {
                byGroup[e.getKey()]++;
                if (e.getValue()) {
                    markedByGroup[e.getKey()]++;
                    anyMarked = true;
                }
            }
            total++;
            if (anyMarked) {
                markedTotal++;
            }
        }
        return new Counts(byGroup, markedByGroup, total, markedTotal);
    }
}
