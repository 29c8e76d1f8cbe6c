package io.miningaudit.engine.functions;

import java.util.Comparator;

/**
 * The natural order of RULES.md, for every list of ids in a report: character by character, except that a run of
 * ASCII digits compares as the number it writes ({@code E2} < {@code E10}), on equal numbers the shorter run first
 * ({@code E2} < {@code E02}); other characters compare by code point ({@code E-5} < {@code E10}, since '-' < '1');
 * ids equal so far fall back to plain text order.
 */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && isDigit(b.charAt(j))) {
                    j++;
                }
                int c = compareRuns(a, si, i, b, sj, j);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Integer.compare(ca, cb);
                }
                i += Character.charCount(ca);
                j += Character.charCount(cb);
            }
        }
        return a.compareTo(b);
    }

    /** Two runs of digits, {@code a[si, ei)} and {@code b[sj, ej)}: by the number, then the shorter run first. */
    private static int compareRuns(String a, int si, int ei, String b, int sj, int ej) {
        // Leading zeros skipped by index (one digit kept): this comparator sorts every finding.
        int za = si;
        while (za < ei - 1 && a.charAt(za) == '0') {
            za++;
        }
        int zb = sj;
        while (zb < ej - 1 && b.charAt(zb) == '0') {
            zb++;
        }
        int c = Integer.compare(ei - za, ej - zb);
        for (int k = 0; c == 0 && k < ei - za; k++) {
            c = Character.compare(a.charAt(za + k), b.charAt(zb + k));
        }
        return c != 0 ? c : Integer.compare(ei - si, ej - sj);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
