package io.miningaudit.intake;

/**
 * The ids of a large table, to tell a duplicate and where its first use stands, in about forty bytes an id: the
 * ids in a {@link TextColumn}, their hashes, their locations, and an open-addressing table of entry numbers.
 */
final class IdIndex {
    private final TextColumn ids = new TextColumn();
    private final CompactLocations locations = new CompactLocations();
    private int[] hashes = new int[16];
    /** Entry number + 1 per slot; 0 is an empty slot. */
    private int[] slots = new int[64];

    /** Adds an id; returns -1 when it is new, else the entry of its first use (see {@link #location}). */
    int add(String id, Location at) {
        int hash = mix(id.hashCode());
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) {
            int entry = slots[slot] - 1;
            if (hashes[entry] == hash && ids.get(entry).equals(id)) {
                return entry;
            }
            slot = (slot + 1) & mask;
        }
        int entry = ids.add(id);
        locations.add(at);
        hashes = Growing.ensure(hashes, entry);
        hashes[entry] = hash;
        slots[slot] = entry + 1;
        if ((long) ids.size() * 3 > (long) slots.length * 2) {
            grow();
        }
        return -1;
    }

    Location location(int entry) {
        return locations.get(entry);
    }

    int size() {
        return ids.size();
    }

    private void grow() {
        int[] larger = new int[slots.length * 2];
        int mask = larger.length - 1;
        for (int s : slots) {
            if (s != 0) {
                int slot = hashes[s - 1] & mask;
                while (larger[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                larger[slot] = s;
            }
        }
        slots = larger;
    }

    private static int mix(int h) {
        h *= 0x9E3779B1;
        return h ^ (h >>> 16);
    }
}
