package dev.threefold.core.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, changed where it reads further than it keeps, so that a paragraph
 * takes time linear in its length. Each change gives flexmark's own result on ordinary text
 * (the markdown tests and the shortcut agreement hold it to that):
 * <ul>
 * <li>{@link #match}: flexmark's copies the whole paragraph into a new string on every match
 * ({@code Matcher.toMatchResult}), so a paragraph of many code spans, entities or links cost
 * the square of its length; this takes the match's bounds from the matcher.
 * <li>{@link #parseBackticks}: flexmark reads to the end of the paragraph from every backtick run
 * that nothing closes; this looks the closing run up in {@link BacktickRuns}.
 * <li>{@link #parseLinkDestination}: flexmark reads an unclosed destination ({@code [a](b}) to the
 * first space or unmatched {@code )}, however far; in "[a](b[a](b..." every bracket read to the
 * end. A destination may hold at most {@value #MAX_PARENS} unclosed parentheses (CommonMark
 * lets implementations limit their nesting; cmark's limit is the same), and each bracket whose
 * destination runs over a character opens one of them, so no character is read by more than
 * that many brackets.
 * <li>{@link #parseLinkLabel}: see {@link LinearLinkLabels}.
 * </ul>
 */
final class LinearInlineParser extends InlineParserImpl {

    /** For {@code Parser.builder().customInlineParserFactory(..)}. */
    static final InlineParserFactory FACTORY = LinearInlineParser::new;

    static final int MAX_PARENS = 32;

    private BasedSequence runsOf;
    private BacktickRuns runs;

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return input.subSequence(matcher.start(), matcher.end());
    }

    /** As flexmark's, which it calls only when a run of the same length closes the span. */
    @Override
    protected boolean parseBackticks() {
        int open = index;
        int afterOpen = open;
        while (afterOpen < input.length() && input.charAt(afterOpen) == '`') {
            afterOpen++;
        }
        if (afterOpen == open) {
            return false;
        }
        if (runsOf != input) {
            runs = BacktickRuns.of(input);
            runsOf = input;
        }
        if (runs.next(afterOpen - open, afterOpen) >= 0) {
            return super.parseBackticks();
        }
        index = afterOpen; // no closing run: the backticks are literal text
        appendText(input.subSequence(open, afterOpen));
        return true;
    }

    /** As flexmark's, or null (no inline link) when the destination opens more than {@link #MAX_PARENS} parentheses. */
    @Override
    public BasedSequence parseLinkDestination() {
        if (index < input.length() && input.charAt(index) != '<' && opensTooManyParens(input, index)) {
            return null;
        }
        return super.parseLinkDestination();
    }

    /**
     * Whether a destination starting at {@code start} holds more than {@link #MAX_PARENS}
     * unclosed parentheses before it ends (at a space or control character, or a {@code )}
     * that closes none). Reads no further than flexmark's own reading of it would.
     */
    static boolean opensTooManyParens(CharSequence s, int start) {
        int open = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ') {
                return false;
            } else if (c == '\\') {
                if (i + 1 < s.length() && LinearLinkLabels.ESCAPABLE.get(s.charAt(i + 1))) {
                    i++;
                }
            } else if (c == '(') {
                if (++open > MAX_PARENS) {
                    return true;
                }
            } else if (c == ')') {
                if (open == 0) {
                    return false;
                }
                open--;
            }
        }
        return false;
    }

    /** As flexmark's, in linear time: see {@link LinearLinkLabels}. */
    @Override
    public int parseLinkLabel() {
        int end = LinearLinkLabels.labelEnd(input, index);
        if (end == LinearLinkLabels.NONE) {
            return 0;
        }
        int length = end - index;
        index = end;
        return length;
    }
}
