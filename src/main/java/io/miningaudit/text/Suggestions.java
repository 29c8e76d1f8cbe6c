package io.miningaudit.text;

import java.util.Collection;
import java.util.Locale;

/** Names the likely intended word for a misspelt table or field name. */
public final class Suggestions {
    private Suggestions() {
    }

    /** {@code " (did you mean 'x'?)"} for the closest candidate within a few edits, or an empty string. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        // A name far longer than every candidate is no misspelling of one (its distance to each exceeds what is
        // allowed): passed over, so that a name of a million characters costs nothing to measure.
        int longest = candidates.stream().mapToInt(String::length).max().orElse(0);
        if (typed.length() > 2 * longest + 3) {
            return "";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(2, typed.length() / 3);
        return best != null && bestDistance <= allowed ? " (did you mean '" + best + "'?)" : "";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
