package io.miningaudit.intake;

import java.util.Arrays;

/** The growth step of the compact columns' primitive arrays: half again, so a copy never doubles the heap. */
final class Growing {
    private Growing() {
    }

    static int capacity(int size) {
        return size + (size >> 1) + 16;
    }

    static int[] ensure(int[] a, int size) {
        return size < a.length ? a : Arrays.copyOf(a, capacity(size));
    }

    static long[] ensure(long[] a, int size) {
        return size < a.length ? a : Arrays.copyOf(a, capacity(size));
    }

    static byte[] ensure(byte[] a, int size) {
        return size < a.length ? a : Arrays.copyOf(a, capacity(size));
    }

    static char[] ensure(char[] a, int size) {
        return size < a.length ? a : Arrays.copyOf(a, capacity(size));
    }

    static short[] ensure(short[] a, int size) {
        return size < a.length ? a : Arrays.copyOf(a, capacity(size));
    }
}
