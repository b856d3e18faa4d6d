package dev.threefold.core.load;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML syntax error as a teacher can act on it: the line that holds the mistake (which is
 * often not where the parser gave up), what is wrong in plain words, and the fix. The parser's
 * own words ("mapping values are not allowed here") name its internals, so each kind of
 * mistake teachers make is recognised from them and the text around, and given its own words.
 *
 * @param line   1-based
 * @param column 1-based
 */
record SyntaxMistake(int line, int column, String message, String hint) {

    /** A key straight followed by text, as in `title:Fractions`; a `/` after the colon is an address. */
    private static final Pattern NO_SPACE = Pattern.compile("^(\\s*(?:- )*)([A-Za-z_][\\w-]*):([^\\s/:].*)$");
    /** A key with its value on the line, or a key ending the line. */
    private static final Pattern KEY = Pattern.compile("^(\\s*(?:- )*)([^\\s#'\"\\[{-][^:#]*?):(?:\\s(.*)|$)");

    private static final String CHECK = "check that the line is indented with spaces like the lines it belongs with, "
            + "and that its quotes and brackets are closed";

    /** Explains {@code e}, thrown by the parser on {@code text}. */
    static SyntaxMistake of(String text, MarkedYAMLException e) {
        return new Explainer(text.split("\r?\n", -1), e).explain();
    }

    /** A mistake found without the parser's marks: the generic advice at the given place. */
    static SyntaxMistake unexplained(int line, int column, String problem) {
        return new SyntaxMistake(line, column, "YAML cannot read this line" + (problem.isEmpty() ? "" : " (" + problem + ")"), CHECK);
    }

    /** Reads one exception against the lines of the text. */
    private static final class Explainer {
        private final String[] lines;
        private final String problem;
        private final String context;
        private final int line; // where the parser gave up, 1-based
        private final int column;
        private final int contextLine; // where the construct it was reading started, or 0
        private final int contextColumn;

        Explainer(String[] lines, MarkedYAMLException e) {
            this.lines = lines;
            this.problem = e.getProblem() == null ? "" : e.getProblem();
            this.context = e.getContext() == null ? "" : e.getContext();
            Mark p = e.getProblemMark();
            Mark c = e.getContextMark();
            this.line = p == null ? 1 : p.getLine() + 1;
            this.column = p == null ? 1 : p.getColumn() + 1;
            this.contextLine = c == null ? 0 : c.getLine() + 1;
            this.contextColumn = c == null ? 0 : c.getColumn() + 1;
        }

        SyntaxMistake explain() {
            if (problem.contains("\\t(TAB)")) {
                return new SyntaxMistake(line, column, "a tab is used to indent this line, and YAML indents with spaces only",
                        "replace the tab with spaces");
            }
            if (context.contains("quoted scalar") && contextLine > 0) {
                char quote = charAt(contextLine, contextColumn);
                return new SyntaxMistake(contextLine, contextColumn, "the quote `" + quote + "` that starts here is never closed",
                        "end the text with `" + quote + "` on the same line");
            }
            if (context.contains("flow sequence") || context.contains("flow mapping")) {
                return flow();
            }
            SyntaxMistake noSpace = missingSpace();
            if (noSpace != null) {
                return noSpace;
            }
            if (problem.startsWith("mapping values are not allowed")) {
                return colonInValue();
            }
            if (context.contains("simple key") && contextLine > 0) {
                return textWithoutKey();
            }
            if (problem.startsWith("expected <block end>")) {
                return problem.endsWith("'<scalar>'") ? textAfterQuote() : misaligned();
            }
            return unexplained(line, column, problem);
        }

        /** `[` or `{` that is not closed, or text in it that YAML reads as part of the list's syntax. */
        private SyntaxMistake flow() {
            char open = charAt(contextLine, contextColumn);
            char close = open == '{' ? '}' : ']';
            if (line == contextLine && text(line).contains("?")) {
                return new SyntaxMistake(line, column, "YAML reads a `?` inside " + open + "..." + close + " as part of its syntax",
                        "inside [...] or {...}, put text that holds `?` in quotes, e.g. {prompt: \"Why?\", kind: journal}");
            }
            if (line != contextLine) {
                return new SyntaxMistake(contextLine, contextColumn, "the `" + open + "` that starts here is not closed on its line",
                        "close it with `" + close + "`, or, if `" + open + "` is part of the text, put the whole value in quotes");
            }
            return new SyntaxMistake(line, column, "YAML cannot read this part of the " + (open == '{' ? "`{...}` mapping" : "`[...]` list"),
                    "separate the items with `, `, and put an item that holds `,`, `:`, `[` or `{` in quotes");
        }

        /** `title:Fractions`, which YAML reads as text, not a key: on the line where the parser gave up or just above it. */
        private SyntaxMistake missingSpace() {
            int from = context.contains("simple key") && contextLine > 0 ? contextLine : line;
            for (int l = from; l >= 1 && l >= from - 1; l--) {
                Matcher m = NO_SPACE.matcher(text(l));
                if (m.matches() && !text(l).contains(": ")) {
                    String key = m.group(2);
                    return new SyntaxMistake(l, m.end(2) + 1, "there is no space after the colon of `" + key
                            + ":`, so YAML does not read `" + key + "` as a key",
                            "write a space after the colon: `" + m.group(1).stripLeading() + key + ": " + m.group(3) + "`");
                }
            }
            return null;
        }

        /** A second `: ` in a line's value, or a key indented under a key that has its value on its own line. */
        private SyntaxMistake colonInValue() {
            Matcher m = KEY.matcher(text(line));
            if (m.find() && m.group(3) != null && m.end(2) + 1 < column) {
                String value = m.group(3).strip();
                return new SyntaxMistake(line, m.end(2) + 3, "the value of `" + m.group(2)
                        + "` holds a colon followed by a space, which YAML reads as the start of another key",
                        "put the value in quotes: `" + m.group(1).stripLeading() + m.group(2) + ": " + YamlQuote.quoted(value) + "`");
            }
            int above = previousContentLine(line);
            String key = above == 0 ? "" : keyOf(above);
            if (above > 0 && indent(line) > indent(above) && !key.isEmpty()) {
                return new SyntaxMistake(line, indent(line) + 1, "this line is indented more than `" + key + ":` on line "
                        + above + ", so YAML reads it as more of that key's value",
                        indentBy(keyColumn(above)) + ", like `" + key + ":`");
            }
            return unexplained(line, column, "a colon followed by a space where no key can start");
        }

        /** A line with no `key:` where keys or `- ` items are expected. */
        private SyntaxMistake textWithoutKey() {
            int above = previousContentLine(contextLine);
            boolean inList = above > 0 && indent(above) == indent(contextLine) && text(above).strip().startsWith("- ");
            return new SyntaxMistake(contextLine, contextColumn, "this line is text on its own, where YAML expects "
                    + (inList ? "a `- ` item" : "a key (`name: value`)"),
                    inList ? "begin it with `- ` to make it an item of the list"
                            : "write it as `name: value`; if it goes on from the text of the key above, indent it under that key");
        }

        /** `'it's fine'`: the quote ends the value, and text follows it. */
        private SyntaxMistake textAfterQuote() {
            char before = column >= 2 ? charAt(line, column - 1) : ' ';
            if (before == '\'') {
                return new SyntaxMistake(line, column - 1, "the `'` here ends the quoted text, and more text follows it",
                        "inside '...', write an apostrophe as two (`''`), or put the text in double quotes instead");
            }
            if (before == '"') {
                return new SyntaxMistake(line, column - 1, "the `\"` here ends the quoted text, and more text follows it",
                        "inside \"...\", write a quote mark as `\\\"`, or put the text in single quotes instead");
            }
            return new SyntaxMistake(line, column, "more text follows a value that has ended",
                    "put the whole value in one pair of quotes");
        }

        /** A key or a `- ` item indented so that it lines up with nothing above it. */
        private SyntaxMistake misaligned() {
            int indent = indent(line);
            String here = text(line).strip();
            boolean item = here.startsWith("-");
            if (!item && context.contains("block collection") && indent == contextColumn - 1) {
                int itemLine = contextLine;
                for (int l = line - 1; l > contextLine; l--) {
                    if (indent(l) == indent && text(l).strip().startsWith("- ")) {
                        itemLine = l;
                        break;
                    }
                }
                String key = keyOf(itemLine);
                return new SyntaxMistake(line, indent + 1, "this line is lined up with the `- ` of the list items above it, "
                        + "where only a new `- ` item can start",
                        key.isEmpty() ? "begin it with `- ` to make it a new item"
                                : indentBy(keyColumn(itemLine)) + " to line it up with `" + key + ":` on line "
                                + itemLine + ", or begin it with `- ` to make it a new item");
            }
            int best = 0;
            int bestColumn = -1;
            for (int l = line - 1; l >= 1; l--) {
                if (isContent(l) && (item ? text(l).strip().startsWith("- ") : !keyOf(l).isEmpty())) {
                    int c = item ? indent(l) : keyColumn(l);
                    if (bestColumn < 0 || Math.abs(c - indent) < Math.abs(bestColumn - indent)) {
                        best = l;
                        bestColumn = c;
                    }
                }
            }
            String what = item ? "this `- ` item" : "this line";
            if (best == 0) {
                return new SyntaxMistake(line, indent + 1, what + " is indented by " + spaces(indent) + ", like nothing above it", CHECK);
            }
            String like = item ? "the `- ` on line " + best : "`" + keyOf(best) + ":` on line " + best;
            return new SyntaxMistake(line, indent + 1, what + " is indented by " + spaces(indent) + ", which lines up with nothing above it",
                    indentBy(bestColumn) + " to line it up with " + like + ", if it belongs there");
        }

        private String text(int l) {
            return l >= 1 && l <= lines.length ? lines[l - 1] : "";
        }

        private char charAt(int l, int c) {
            String t = text(l);
            return c >= 1 && c <= t.length() ? t.charAt(c - 1) : ' ';
        }

        private boolean isContent(int l) {
            String t = text(l).strip();
            return !t.isEmpty() && !t.startsWith("#");
        }

        private int previousContentLine(int l) {
            for (int k = l - 1; k >= 1; k--) {
                if (isContent(k)) {
                    return k;
                }
            }
            return 0;
        }

        private int indent(int l) {
            String t = text(l);
            int i = 0;
            while (i < t.length() && t.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        /** The key a line starts with, after any `- `, or "". */
        private String keyOf(int l) {
            Matcher m = KEY.matcher(text(l));
            return m.find() ? m.group(2).strip() : "";
        }

        /** The 0-based column where a line's key (or its text, after any `- `) starts. */
        private int keyColumn(int l) {
            Matcher m = KEY.matcher(text(l));
            return m.find() ? m.end(1) : indent(l);
        }

        private static String indentBy(int n) {
            return n == 0 ? "start it at the beginning of the line" : "indent it by " + spaces(n);
        }

        private static String spaces(int n) {
            return n == 1 ? "1 space" : n + " spaces";
        }
    }
}
