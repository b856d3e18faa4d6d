package dev.threefold.core.markdown;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class LinearLinkLabelsTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final MarkdownRenderer.Context CONTEXT = new MarkdownRenderer.Context("units/g/x.yaml", "../../", Set.of());

    /** What flexmark matches, which it does in exponential time only on long runs of backslashes. */
    private static final Pattern FLEXMARK = new Parsing(new MutableDataSet()).LINK_LABEL;

    @Test
    void matchesTheSameLabelsAsFlexmarkOnEveryShortString() {
        // Brackets, a backslash, an escapable character and a plain one: every string up to 9 long after "[".
        char[] alphabet = {'[', ']', '\\', '!', 'a'};
        int compared = 0;
        for (int length = 0; length <= 9; length++) {
            int[] digits = new int[length];
            do {
                StringBuilder s = new StringBuilder("[");
                for (int d : digits) {
                    s.append(alphabet[d]);
                }
                assertEquals(labelEnd(FLEXMARK, s), LinearLinkLabels.labelEnd(s, 0), () -> "label in " + s);
                compared++;
            } while (next(digits, alphabet.length));
        }
        assertEquals(2_441_406, compared);
    }

    @Test
    void matchesTheSameLabelsAsFlexmarkOnLongerRandomStrings() {
        // Up to 12 backslashes keeps flexmark's regex fast; the text around them is ordinary.
        String alphabet = "[]\\!a (.*_`";
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder("[");
            int backslashes = 0;
            for (int n = random.nextInt(60); n > 0; n--) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                if (c == '\\' && ++backslashes > 12) {
                    c = 'a';
                }
                s.append(c);
            }
            assertEquals(labelEnd(FLEXMARK, s), LinearLinkLabels.labelEnd(s, 0), () -> "label in " + s);
        }
    }

    @Test
    void aBracketBeforeALongRunOfBackslashesRendersAtOnce() {
        // flexmark's own pattern takes seconds at 36 backslashes and doubles every two more.
        String field = "[" + "\\".repeat(200);
        MarkdownRenderer.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> RENDERER.render(field, CONTEXT));
        assertEquals("<p>[" + "\\".repeat(100) + "</p>\n", result.html());
    }

    @Test
    void referenceLinksWithEscapedBracketsStillResolve() {
        String field = "See [the \\[draft\\] plan][p].\n\n[p]: https://example.org/plan";
        assertEquals("<p>See <a href=\"https://example.org/plan\">the [draft] plan</a>.</p>\n", RENDERER.render(field, CONTEXT).html());
    }

    private static int labelEnd(Pattern pattern, CharSequence s) {
        Matcher m = pattern.matcher(s);
        return m.lookingAt() ? m.end() : -1;
    }

    /** Counts in base {@code radix}; false after the last number. */
    private static boolean next(int[] digits, int radix) {
        for (int i = digits.length - 1; i >= 0; i--) {
            if (++digits[i] < radix) {
                return true;
            }
            digits[i] = 0;
        }
        return false;
    }
}
