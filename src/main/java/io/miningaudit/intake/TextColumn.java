package io.miningaudit.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strings stored end to end as UTF-8 in pages of 1 MiB: about a dozen bytes for an id or an address, where a
 * {@link String} object takes over fifty. Entries are numbered in the order they were added.
 */
final class TextColumn {
    private static final int PAGE_BITS = 20;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int MAX_PAGES = 1 << (31 - PAGE_BITS);

    private final List<byte[]> pages = new ArrayList<>();
    private byte[] page = new byte[0];
    private int used;
    private int[] starts = new int[16];
    private int size;

    int add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int need = bytes.length + 5;
        if (used + need > page.length) {
            if (pages.size() == MAX_PAGES) {
                throw new IllegalStateException("more text than a column holds (2 GiB)");
            }
            // An entry longer than a page gets a page of its own: it still starts at position 0.
            page = new byte[Math.max(PAGE_SIZE, need)];
            pages.add(page);
            used = 0;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size + (size >> 1) + 16);
        }
        starts[size] = ((pages.size() - 1) << PAGE_BITS) | used;
        int length = bytes.length;
        while (length >= 0x80) {
            page[used++] = (byte) (length | 0x80);
            length >>>= 7;
        }
        page[used++] = (byte) length;
        System.arraycopy(bytes, 0, page, used, bytes.length);
        used += bytes.length;
        return size++;
    }

    String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        byte[] p = pages.get(starts[index] >>> PAGE_BITS);
        int at = starts[index] & (PAGE_SIZE - 1);
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = p[at++];
            length |= (b & 0x7f) << shift;
            if (b >= 0) {
                break;
            }
        }
        return new String(p, at, length, StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }
}
