package dev.threefold.core.render;

/**
 * The shortcut past flexmark for the commonest markdown fields: one line of
 * prose, optionally with {@code *emphasis*} or {@code **strong**} around whole
 * words. flexmark costs tens of microseconds a field (a new parser state and
 * renderer each time) and most of the JIT's work in a build; these fields make
 * up most of a curriculum. Anything that could be other markup, a block start
 * or an autolink returns null and takes the full path. Emphasis is accepted
 * only where CommonMark's flanking rules leave no doubt: an opener after the
 * start or a space and before a letter or digit, a closer of the same length
 * after a letter or digit and before the end, a space or sentence punctuation.
 * A test renders random fields both ways and requires the same bytes.
 */
final class SimpleParagraph {

    private SimpleParagraph() {
    }

    /** The field's HTML as flexmark and the sanitizer would write it, or null when it is not this simple. */
    static String render(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '*')
                || Character.isWhitespace(s.charAt(s.length() - 1)) || mayHoldAutolink(s)) {
            return null;
        }
        StringBuilder html = new StringBuilder(s.length() + 32).append("<p>");
        int text = 0; // start of the text not yet written
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isMarkup(c)) {
                return null;
            }
            if (c != '*') {
                i++;
                continue;
            }
            int run = runOfStars(s, i);
            int close = closer(s, i, run);
            if (close < 0) {
                return null;
            }
            html.append(HtmlSanitizer.escapeText(s.substring(text, i)));
            String tag = run == 1 ? "em" : "strong";
            html.append('<').append(tag).append('>')
                    .append(HtmlSanitizer.escapeText(s.substring(i + run, close)))
                    .append("</").append(tag).append('>');
            i = close + run;
            text = i;
        }
        return html.append(HtmlSanitizer.escapeText(s.substring(text))).append("</p>\n").toString();
    }

    /** What the autolink extension looks for: a scheme's "://", "www." or an e-mail's "@". */
    static boolean mayHoldAutolink(String s) {
        return s.indexOf('@') >= 0 || s.contains("://") || s.toLowerCase(java.util.Locale.ROOT).contains("www.");
    }

    /** Characters that start markup this shortcut does not handle. */
    private static boolean isMarkup(char c) {
        return switch (c) {
            case '\\', '`', '_', '[', ']', '<', '>', '&', '|', '@', '~', '\n', '\r', '\t' -> true;
            default -> false;
        };
    }

    private static int runOfStars(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) == '*') {
            j++;
        }
        return j - i;
    }

    /**
     * The index of the run closing the opener of {@code run} stars at {@code open}, or -1 when the
     * opener is not a sure one or no sure closer follows before the next star.
     */
    private static int closer(String s, int open, int run) {
        int after = open + run;
        if (run > 2 || (open > 0 && s.charAt(open - 1) != ' ') || after >= s.length()
                || !Character.isLetterOrDigit(s.charAt(after))) {
            return -1;
        }
        int close = s.indexOf('*', after);
        if (close < 0 || runOfStars(s, close) != run || !Character.isLetterOrDigit(s.charAt(close - 1))) {
            return -1;
        }
        int next = close + run;
        if (next < s.length() && " .,;:?!".indexOf(s.charAt(next)) < 0) {
            return -1;
        }
        for (int k = after; k < close; k++) {
            if (isMarkup(s.charAt(k))) {
                return -1;
            }
        }
        return close;
    }
}
