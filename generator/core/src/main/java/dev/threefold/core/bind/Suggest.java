package dev.threefold.core.bind;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean ...?" for misspelt keys, values and references. */
public final class Suggest {

    private Suggest() {
    }

    /** Up to {@code limit} candidates close to {@code wrong}, nearest first. */
    public static List<String> nearest(String wrong, Collection<String> candidates, int limit) {
        String w = wrong.toLowerCase(Locale.ROOT);
        // One- and two-character values (grades such as "5") have no meaningful neighbours.
        int budget = w.length() <= 2 ? 0 : Math.max(2, w.length() / 3);
        return candidates.stream()
                .map(c -> new Scored(c, score(w, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.score <= budget)
                .sorted(Comparator.comparingInt((Scored s) -> s.score).thenComparing(s -> s.value))
                .limit(limit)
                .map(s -> s.value)
                .toList();
    }

    /** A hint such as "did you mean `entry_points`?", or "" when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        List<String> near = nearest(wrong, candidates, 3);
        if (near.isEmpty()) {
            return "";
        }
        return "did you mean " + String.join(" or ", near.stream().map(n -> "`" + n + "`").toList()) + "?";
    }

    private record Scored(String value, int score) {
    }

    private static int score(String a, String b) {
        if (b.startsWith(a) || a.startsWith(b)) {
            return Math.min(1, Math.abs(a.length() - b.length()));
        }
        return levenshtein(a, b);
    }

    static int levenshtein(String a, String b) {
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
