package dev.threefold.core.render;

import java.util.regex.Pattern;

/**
 * Markdown source as plain text, for places that show no markup: the search results' excerpts,
 * a unit page's meta description and its JSON-LD description (what search engines and link
 * previews show). Links and images keep their text, emphasis and other markup characters go,
 * runs of white space become one space.
 */
public final class PlainText {

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MARKUP = Pattern.compile("[*_`#>|]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {
    }

    /** "See the [map](map.svg), *then* draw" → "See the map, then draw". */
    public static String of(String markdown) {
        return SPACES.matcher(MARKUP.matcher(LINK.matcher(markdown).replaceAll("$1")).replaceAll("")).replaceAll(" ").strip();
    }

    /** As {@link #of(String)}, cut to at most {@code max} characters, the cut marked with "…". */
    public static String of(String markdown, int max) {
        String s = of(markdown);
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }
}
