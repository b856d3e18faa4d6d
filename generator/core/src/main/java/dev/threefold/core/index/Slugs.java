package dev.threefold.core.index;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** URL-safe folder names for grades, subjects and tags; distinct labels never share a slug. */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }

    /** Label → slug for every label, in the labels' order; collisions get -2, -3, ... */
    public static Map<String, String> assign(Collection<String> labels) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String label : labels) {
            String base = slug(label);
            String s = base;
            for (int i = 2; !used.add(s); i++) {
                s = base + "-" + i;
            }
            out.put(label, s);
        }
        return out;
    }
}
