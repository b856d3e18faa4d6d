package dev.threefold.core.markdown;

import java.util.function.UnaryOperator;

/**
 * The shortcut past flexmark for the commonest markdown fields: a paragraph of
 * prose (one line, or lines wrapped as in a YAML block scalar), optionally with
 * {@code *emphasis*} or {@code **strong**} around words, blanks to fill in
 * ({@code ___}) and inline links and images ({@code [text](path)},
 * {@code ![alt](path)}) whose text is plain words and whose path has no
 * spaces, quotes, brackets or escapes. flexmark costs tens of microseconds a
 * field (a new parser state and renderer each time) and most of the JIT's work
 * in a build; these fields make up most of a curriculum. Anything that could be
 * other markup, a block start or an autolink returns null and takes the full
 * path. Emphasis is accepted only where CommonMark's flanking rules leave no
 * doubt (see {@link #opens} and {@link #closes}). Links go through the same
 * resolver as on the full path, and a field with one goes through the same
 * sanitizer. Tests render random fields both ways and require the same bytes,
 * links and problems, and a fuzz target does the same.
 */
final class SimpleParagraph {

    private SimpleParagraph() {
    }

    /** The field's HTML as flexmark and the sanitizer would write it, or null when it is not this simple or holds a link. */
    static String render(String s) {
        return render(s, null);
    }

    /**
     * The field's HTML as flexmark and the sanitizer would write it, or null when it is not this
     * simple. {@code links} rewrites each link's or image's path as the full path does (and notes
     * its problems); with null, a field holding a link is not simple.
     */
    static String render(String s, UnaryOperator<String> links) {
        Rendered paragraph = inline(s, links, "<p>", "</p>\n");
        return paragraph == null ? null : paragraph.sanitized();
    }

    /** HTML the shortcut wrote, and whether it holds a link (then it goes through the sanitizer, as on the full path). */
    record Rendered(String html, boolean linked) {
        String sanitized() {
            return linked ? HtmlSanitizer.sanitize(html) : html;
        }
    }

    /**
     * The text's inline HTML between {@code openTag} and {@code closeTag} ("&lt;p&gt;" for a paragraph,
     * "&lt;li&gt;" for a tight list's item), or null when it is not this simple.
     */
    static Rendered inline(String s, UnaryOperator<String> links, String openTag, String closeTag) {
        if (s.isEmpty() || !startsLine(s, 0) || Character.isWhitespace(s.charAt(s.length() - 1)) || mayHoldAutolink(s)) {
            return null;
        }
        int n = s.length();
        char[] cs = CHARS.get();
        if (cs.length < n) {
            cs = new char[Math.max(n, cs.length * 2)];
            CHARS.set(cs);
        }
        s.getChars(0, n, cs, 0);
        StringBuilder html = new StringBuilder(n + 32).append(openTag);
        int text = 0; // start of the text not yet written
        boolean escape = false; // whether that text holds a character the encoder changes
        int i = 0;
        boolean linked = false;
        while (i < n) {
            char c = cs[i];
            if (links != null && (c == '[' || (c == '!' && i + 1 < n && cs[i + 1] == '['))) {
                Link link = Link.at(s, i);
                if (link == null) {
                    return null;
                }
                appendText(html, s, text, i, escape);
                String url = links.apply(link.path());
                if (link.image()) {
                    html.append("<img src=\"").append(url).append("\" alt=\"").append(link.text()).append("\" />");
                } else {
                    html.append("<a href=\"").append(url).append("\">").append(link.text()).append("</a>");
                }
                i = link.end();
                text = i;
                escape = false;
                linked = true;
                continue;
            }
            if (c == '\n') {
                if (!softBreak(s, i)) {
                    return null;
                }
                i++; // written as it is, as flexmark writes a soft break
                continue;
            }
            if (c == '_' && isBlank(s, i)) {
                i += run(s, i, '_');
                continue;
            }
            if (c < 0x80 && MARKUP[c]) {
                return null;
            }
            if (c != '*') {
                escape |= c >= 0x80 || !UNESCAPED[c];
                i++;
                continue;
            }
            int run = run(s, i, '*');
            int close = closer(s, i, run);
            if (close < 0) {
                return null;
            }
            appendText(html, s, text, i, escape);
            String tag = run == 1 ? "em" : "strong";
            html.append('<').append(tag).append('>')
                    .append(HtmlSanitizer.escapeText(s.substring(i + run, close)))
                    .append("</").append(tag).append('>');
            i = close + run;
            text = i;
            escape = false;
        }
        appendText(html, s, text, n, escape);
        html.append(closeTag);
        return new Rendered(html.toString(), linked);
    }

    /**
     * An inline link or image with plain text and a plain path, as CommonMark reads it, ending
     * before {@code end}; null when what starts there is anything else (a reference, a title,
     * markup in the text, a path that would need escaping).
     */
    private record Link(boolean image, String text, String path, int end) {
        static Link at(String s, int start) {
            boolean image = s.charAt(start) == '!';
            int open = image ? start + 1 : start;
            int close = s.indexOf(']', open + 1);
            if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != '(') {
                return null;
            }
            String text = s.substring(open + 1, close);
            if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '
                    || !text.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || " .,;:?-".indexOf(ch) >= 0)) {
                return null;
            }
            int end = s.indexOf(')', close + 2);
            if (end < 0) {
                return null;
            }
            String path = s.substring(close + 2, end);
            if (path.isEmpty() || !path.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || "/.-_~:%#?=+".indexOf(ch) >= 0))) {
                return null;
            }
            return new Link(image, text, path, end + 1);
        }
    }

    /**
     * Whether the line break at {@code i} is a soft break inside the paragraph, as in prose wrapped
     * in a YAML block scalar: no space before it (two make a hard break), and a next line that
     * starts as a paragraph's line may ({@link #startsLine}).
     */
    private static boolean softBreak(String s, int i) {
        return i > 0 && s.charAt(i - 1) != ' ' && i + 1 < s.length() && startsLine(s, i + 1);
    }

    /**
     * Whether a paragraph's line may start at {@code at} without starting another block or losing
     * its first characters: not with white space, a list's or a heading's marker, a quote's, a
     * rule's or a setext underline's character, or digits followed by "." or ")"; stars only as
     * one or two before a word (emphasis), not "* item" or "***". Other markup characters end the
     * shortcut wherever they stand.
     */
    private static boolean startsLine(String s, int at) {
        int n = s.length();
        char first = s.charAt(at);
        switch (first) {
            case '-', '+', '#', '>', '=', '_':
                return false;
            case '*':
                int stars = run(s, at, '*');
                return stars <= 2 && at + stars < n && !Character.isWhitespace(s.charAt(at + stars));
            default:
                if (Character.isWhitespace(first) || Character.isSpaceChar(first)) {
                    return false;
                }
                int j = at;
                while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                return j == at || (j < n && s.charAt(j) != '.' && s.charAt(j) != ')');
        }
    }

    /**
     * Whether the underscores at {@code i} are a blank to fill in ("The ___ the unit"): a run with
     * a space on both sides, which CommonMark reads as text (neither side can open or close
     * emphasis). A run at a line's start or end, or beside anything else, takes the full path.
     */
    private static boolean isBlank(String s, int i) {
        int end = i + run(s, i, '_');
        return i > 0 && s.charAt(i - 1) == ' ' && end < s.length() && s.charAt(end) == ' ';
    }

    /** What the autolink extension looks for: a scheme's "://", "www." (any case) or an e-mail's "@". */
    static boolean mayHoldAutolink(String s) {
        if (s.indexOf('@') >= 0 || s.contains("://")) {
            return true;
        }
        // "www." in any case, without a lower-cased copy of every field
        for (int dot = s.indexOf('.', 3); dot >= 0; dot = s.indexOf('.', dot + 1)) {
            if (s.regionMatches(true, dot - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text with no markup at all (no star, bracket, pipe, backslash, tab...), escaped as the
     * sanitizer escapes it; null when it holds any.
     */
    static String plainText(String s) {
        boolean escape = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 && (MARKUP[c] || c == '*')) {
                return null;
            }
            escape |= c >= 0x80 || !UNESCAPED[c];
        }
        return escape ? HtmlSanitizer.escapeText(s) : s;
    }

    /** Text between {@code from} and {@code to}, escaped as the sanitizer escapes it when {@code escape}, else as it is. */
    private static void appendText(StringBuilder html, String s, int from, int to, boolean escape) {
        if (escape) {
            html.append(HtmlSanitizer.escapeText(s.substring(from, to)));
        } else {
            html.append(s, from, to);
        }
    }

    /**
     * Each thread's copy of the field being read: under the C1 compiler the launcher uses,
     * {@code String.charAt} is a call per character, and these fields are most of a curriculum's text.
     */
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[512]);
    /** The ASCII characters that start markup ({@link #isMarkup}). */
    private static final boolean[] MARKUP = new boolean[0x80];
    /** The ASCII characters the sanitizer's encoder writes as they are: asked of the encoder itself. */
    private static final boolean[] UNESCAPED = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            MARKUP[c] = isMarkup(c);
            UNESCAPED[c] = HtmlSanitizer.escapeText(String.valueOf(c)).equals(String.valueOf(c));
        }
    }

    /** Characters that start markup this shortcut does not handle. */
    private static boolean isMarkup(char c) {
        return switch (c) {
            // '{': the sanitizer breaks up "{{" (template syntax) with a comment the text encoder does not write
            case '\\', '`', '_', '[', ']', '<', '>', '&', '|', '@', '~', '{' -> true;
            default -> c < 0x20; // line breaks, tabs, and other controls (CommonMark reads NUL as U+FFFD)
        };
    }

    /** How many {@code c} stand in a row from {@code i}: a run of stars or of underscores. */
    private static int run(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) {
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
        if (run > 2 || !opens(s, open, after)) {
            return -1;
        }
        int close = s.indexOf('*', after);
        if (close < 0 || run(s, close, '*') != run || !closes(s, close, close + run)) {
            return -1;
        }
        for (int k = after; k < close; k++) {
            char c = s.charAt(k);
            if (c == '\n' ? !softBreak(s, k) : isMarkup(c)) {
                return -1;
            }
        }
        return close;
    }

    /**
     * Whether a run of stars from {@code open} to {@code after} surely opens emphasis (left-flanking,
     * not right-flanking): after the start, a space or a line break, before a letter, a digit, a
     * quote or "(" ({@code *"Why?"*}); or after "(" or a quote, before a letter or digit.
     */
    private static boolean opens(String s, int open, int after) {
        if (after >= s.length()) {
            return false;
        }
        char prev = open == 0 ? ' ' : s.charAt(open - 1);
        char next = s.charAt(after);
        if (prev == ' ' || prev == '\n') {
            return Character.isLetterOrDigit(next) || next == '"' || next == '(';
        }
        return (prev == '(' || prev == '"') && Character.isLetterOrDigit(next);
    }

    /**
     * Whether a run of stars from {@code close} to {@code next} surely closes emphasis
     * (right-flanking, not left-flanking): after a letter or digit, before the end, white space,
     * sentence punctuation, ")" or a quote; or after closing punctuation ({@code Why?*}), before
     * the end, white space or sentence punctuation.
     */
    private static boolean closes(String s, int close, int next) {
        char prev = s.charAt(close - 1);
        char following = next < s.length() ? s.charAt(next) : ' ';
        boolean sentence = " \n.,;:?!".indexOf(following) >= 0;
        if (Character.isLetterOrDigit(prev)) {
            return sentence || following == ')' || following == '"';
        }
        return "\")?!.,:;".indexOf(prev) >= 0 && sentence;
    }
}
