package dev.threefold.core.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an SVG attribute value or CSS text for the links in it, as a browser would find them.
 * The XML parser has already decoded entities ({@code java&#x09;script:} arrives as
 * {@code java\tscript:}); a browser drops tabs and line breaks anywhere in a URL, so every
 * space-like character is removed and the case folded before the scheme is read. A value
 * is read from its start, from the start of each item of a {@code ;} list (as animation
 * {@code values} are), and after each {@code (} (as in {@code url(...)}), so a link is
 * found wherever a browser could take one; CSS only after each {@code (}.
 */
final class SvgLinks {

    /** DOMPurify's ATTR_WHITESPACE: what it removes from a value before reading its scheme. */
    private static final Pattern SPACE = Pattern.compile("[\\u0000-\\u0020\\u00A0\\u1680\\u180E\\u2000-\\u2029\\u205F\\u3000]");
    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.\\-]*):");
    private static final Pattern AFTER_PARENTHESIS = Pattern.compile("\\([\"']?(?=[a-z][a-z0-9+.\\-]*:)");
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");

    private SvgLinks() {
    }

    /** The first scheme in an attribute value other than http, https and mailto (e.g. {@code javascript}); empty when none. */
    static Optional<String> refusedScheme(String value) {
        return refusedScheme(normalized(value), true);
    }

    /** As {@link #refusedScheme}, for CSS, where {@code ;} ends a declaration ({@code fill:red}), not a link. */
    static Optional<String> refusedSchemeInCss(String css) {
        return refusedScheme(normalized(css), false);
    }

    private static Optional<String> refusedScheme(String v, boolean items) {
        for (int start : starts(v, items)) {
            Matcher m = SCHEME.matcher(v).region(start, v.length());
            if (m.lookingAt() && !ALLOWED.contains(m.group(1))) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** Whether the value points into the same file ({@code #id}), the only link a {@code <use>} may have. */
    static boolean isFragment(String value) {
        return normalized(value).startsWith("#");
    }

    /** The value without space-like characters, lower-cased: what a browser reads a URL's scheme from. */
    static String normalized(String value) {
        return SPACE.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static List<Integer> starts(String v, boolean items) {
        List<Integer> starts = new ArrayList<>();
        if (items) {
            starts.add(0);
            for (int i = v.indexOf(';'); i >= 0; i = v.indexOf(';', i + 1)) {
                starts.add(i + 1);
            }
        }
        Matcher m = AFTER_PARENTHESIS.matcher(v);
        while (m.find()) {
            starts.add(m.end());
        }
        return starts;
    }
}
