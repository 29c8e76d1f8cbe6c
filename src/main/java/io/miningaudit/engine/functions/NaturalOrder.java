package io.miningaudit.engine.functions;

import java.util.Comparator;

/** Orders text as a person would: digit runs by their value, so E-2 comes before E-10. */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                // Leading zeros skipped by index (one digit kept): this comparator sorts every finding.
                int za = si;
                while (za < i - 1 && a.charAt(za) == '0') {
                    za++;
                }
                int zb = sj;
                while (zb < j - 1 && b.charAt(zb) == '0') {
                    zb++;
                }
                int c = Integer.compare(i - za, j - zb);
                for (int k = 0; c == 0 && k < i - za; k++) {
                    c = Character.compare(a.charAt(za + k), b.charAt(zb + k));
                }
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }
}
