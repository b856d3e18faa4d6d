package dev.threefold.core.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The bare {@code scheme://} runs that flexmark's autolink extension links, found in linear time.
 *
 * <p>flexmark (0.64.8) finds them with {@code \b([a-z][a-z0-9+.-]*://)(?:\s|$)}. From every word
 * boundary the greedy run reads to the end of a run of letters, digits, dots, dashes and pluses
 * before it fails, so a long run such as {@code www.a.x.x.x...} costs the square of its length,
 * and so does a long run of non-spacing marks, as Java's {@code \b} reads back over all of them
 * at every position. This finds the same matches: the run before a {@code ://} that a space or
 * the end follows, read back once, and in it the first lower-case letter at a word boundary. A
 * test compares both on many short strings of the characters that matter.
 */
final class UriPrefixes {

    private UriPrefixes() {
    }

    /** The group-1 spans of the regex's successive matches, as {begin, end} pairs. */
    static List<int[]> in(CharSequence s) {
        List<int[]> spans = new ArrayList<>();
        String text = s.toString();
        int from = 0; // where the regex's next find starts
        for (int q = text.indexOf("://", from); q >= 0; q = text.indexOf("://", Math.max(q + 1, from))) {
            int after = q + 3;
            boolean space = after < text.length() && isSpace(text.charAt(after));
            if (!space && !atEnd(text, after)) {
                continue;
            }
            int runStart = q;
            while (runStart > from && inRun(text.charAt(runStart - 1))) {
                runStart--;
            }
            int begin = firstStart(text, runStart, q);
            if (begin >= 0) {
                spans.add(new int[] {begin, after});
                from = space ? after + 1 : after;
            }
        }
        return spans;
    }

    /** The first position in [start, end) where the regex can begin: a-z at a word boundary. */
    private static int firstStart(String s, int start, int end) {
        for (int p = start; p < end; p++) {
            char c = s.charAt(p);
            if (c >= 'a' && c <= 'z' && (p == start ? !wordBefore(s, p) : !isWordChar(s.charAt(p - 1)))) {
                return p;
            }
        }
        return -1;
    }

    /** Java's {@code \b} left side: a word character, or a non-spacing mark after a letter or digit. */
    private static boolean wordBefore(String s, int p) {
        if (p == 0) {
            return false;
        }
        int ch = Character.codePointBefore(s, p);
        if (isWord(ch)) {
            return true;
        }
        if (Character.getType(ch) != Character.NON_SPACING_MARK) {
            return false;
        }
        for (int x = p - 1; x >= 0; x--) {
            int c = Character.codePointAt(s, x);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    private static boolean isWord(int ch) {
        return ch == '_' || Character.isLetterOrDigit(ch);
    }

    private static boolean isWordChar(char c) {
        return isWord(c);
    }

    private static boolean inRun(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
    }

    /** {@code \s}: ASCII whitespace only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code $} without MULTILINE: the end, or before a line terminator that ends the text. */
    private static boolean atEnd(String s, int i) {
        if (i == s.length()) {
            return true;
        }
        if (i == s.length() - 1) {
            char c = s.charAt(i);
            return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }
        return i == s.length() - 2 && s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
    }
}
