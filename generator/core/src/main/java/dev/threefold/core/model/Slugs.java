package dev.threefold.core.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** URL-safe folder names for grades, subjects and tags; distinct labels never share a slug. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    public static String slug(String label) {
        String ascii = MARKS.matcher(Normalizer.normalize(label, Normalizer.Form.NFKD)).replaceAll("");
        String s = EDGE_DASHES.matcher(NOT_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
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
