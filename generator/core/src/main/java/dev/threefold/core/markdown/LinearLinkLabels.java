package dev.threefold.core.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * A link-label matcher that takes linear time, for {@link LinearInlineParser}.
 *
 * <p>flexmark (0.64.8, its last release) matches a label such as {@code [foo]} with the regex
 * {@code \[(?:[^\\\[\]]|\\<escapable>|\\){0,999}\]}, where two backslashes can be read as one
 * escaped backslash or as two lone ones. When no {@code ]} ends the run, the regex tries every
 * way of splitting it: a field of {@code [} and 40 backslashes took 12 s, and the time grows 2.6
 * times with every two more; CI's fuzzing hung on 83 (commonmark.js fixed the same regex in 2019).
 *
 * <p>{@link #labelEnd} finds the same match the regex finds, the first in its backtracking order,
 * by working out from the right once per position where the regex would go from there. The one
 * difference: the regex stops at 999 pieces (a character or an escape), this at 999 characters,
 * which CommonMark's spec names as the limit; labels that long are not written by hand. A test
 * compares both on every short string of the characters that matter.
 */
final class LinearLinkLabels {

    private static final int MAX_INSIDE = 999;
    static final int NONE = -1;
    static final BitSet ESCAPABLE = escapable();

    private LinearLinkLabels() {
    }

    /**
     * Where the label starting with {@code [} at {@code start} ends (after its {@code ]}), or -1.
     * {@code ends[p]} is where the regex's loop, entered at {@code p}, first succeeds: a plain
     * character goes on; a backslash first tries to escape the next character, then stands alone;
     * {@code [} fails; {@code ]} ends the label.
     */
    static int labelEnd(CharSequence s, int start) {
        if (start >= s.length() || s.charAt(start) != '[') {
            return NONE;
        }
        int last = Math.min(s.length() - 1, start + 1 + MAX_INSIDE); // the furthest a closing ] may be
        int[] ends = new int[last - start + 2]; // ends[p - start] for p in start+1 .. last+1
        ends[last + 1 - start] = NONE;
        for (int p = last; p > start; p--) {
            char c = s.charAt(p);
            int end;
            if (c == ']') {
                end = p + 1;
            } else if (c == '[') {
                end = NONE;
            } else if (c == '\\') {
                boolean escapes = p + 1 <= last && ESCAPABLE.get(s.charAt(p + 1));
                end = escapes ? ends[p + 2 - start] : NONE;
                if (end == NONE) {
                    end = ends[p + 1 - start];
                }
            } else {
                end = ends[p + 1 - start];
            }
            ends[p - start] = end;
        }
        return ends[1];
    }

    private static BitSet escapable() {
        Pattern escapable = Pattern.compile(Escaping.ESCAPABLE);
        BitSet set = new BitSet(128);
        for (char c = 0; c < 128; c++) {
            if (escapable.matcher(String.valueOf(c)).matches()) {
                set.set(c);
            }
        }
        return set;
    }
}
