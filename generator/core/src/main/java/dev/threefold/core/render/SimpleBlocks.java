package dev.threefold.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The shortcut past flexmark for fields of several blocks: one-line paragraphs
 * ({@link SimpleParagraph}) and plain pipe tables, each separated from the next
 * by one blank line. A teacher's notes are often a small table and a paragraph;
 * through flexmark, its table extension and the sanitizer such a field cost
 * about 0.2 ms, a tenth of a 10,000-unit build's CPU.
 * <p>
 * A table is taken only in its plainest form: every row starts and ends with a
 * pipe and has as many cells as the header, the second row is the delimiter
 * row with three or more dashes a cell (no alignment colons), there is at least
 * one body row, and every cell holds plain text (no markup, links or escapes,
 * no empty cell). Anything else returns null and takes the full path. A test
 * renders random fields both ways and requires the same bytes.
 */
final class SimpleBlocks {

    private SimpleBlocks() {
    }

    /**
     * The field's HTML as flexmark and the sanitizer would write it, or null when it is not this
     * simple. {@code links} rewrites the paths of links in paragraphs (see {@link SimpleParagraph}).
     */
    static String render(String s, UnaryOperator<String> links) {
        if (s.indexOf('\n') < 0) {
            return SimpleParagraph.render(s, links);
        }
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        if (SimpleParagraph.mayHoldAutolink(s)) {
            return null;
        }
        StringBuilder html = new StringBuilder(s.length() + 128);
        for (String block : body.split("\n\n", -1)) {
            String part = block.startsWith("|") ? table(block) : SimpleParagraph.render(block, links);
            if (part == null) {
                return null;
            }
            html.append(part);
        }
        return html.toString();
    }

    /** A plain pipe table's HTML as the sanitizer leaves it (no white space between the tags), or null. */
    private static String table(String block) {
        String[] rows = block.split("\n", -1);
        if (rows.length < 3) {
            return null;
        }
        List<String> header = cells(rows[0]);
        List<String> delimiter = cells(rows[1]);
        // A header that could itself be a delimiter row is read by flexmark as one.
        if (header == null || delimiter == null || delimiter.size() != header.size()
                || !delimiter.stream().allMatch(SimpleBlocks::isDelimiter)
                || header.stream().anyMatch(cell -> cell.chars().allMatch(c -> c == '-' || c == ':'))) {
            return null;
        }
        StringBuilder html = new StringBuilder(block.length() + 128).append("<table class=\"md-table\"><thead><tr>");
        if (!appendCells(html, header, "th")) {
            return null;
        }
        html.append("</tr></thead><tbody>");
        for (int i = 2; i < rows.length; i++) {
            List<String> row = cells(rows[i]);
            if (row == null || row.size() != header.size()) {
                return null;
            }
            html.append("<tr>");
            if (!appendCells(html, row, "td")) {
                return null;
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>\n").toString();
    }

    /** The cells of {@code | a | b |}, trimmed of spaces; null when the row does not start and end with a pipe. */
    private static List<String> cells(String row) {
        if (row.length() < 2 || row.charAt(0) != '|' || row.charAt(row.length() - 1) != '|') {
            return null;
        }
        List<String> cells = new ArrayList<>();
        int start = 1;
        for (int bar = row.indexOf('|', start); bar >= 0; bar = row.indexOf('|', start)) {
            cells.add(withoutSpaces(row, start, bar));
            start = bar + 1;
        }
        return cells;
    }

    /** {@code row} from {@code from} to {@code to} without the spaces at either end (a tab stays, and is markup). */
    private static String withoutSpaces(String row, int from, int to) {
        while (from < to && row.charAt(from) == ' ') {
            from++;
        }
        while (to > from && row.charAt(to - 1) == ' ') {
            to--;
        }
        return row.substring(from, to);
    }

    private static boolean isDelimiter(String cell) {
        return cell.length() >= 3 && cell.chars().allMatch(c -> c == '-');
    }

    /** Appends each cell as plain text in {@code tag}; false when one is empty or holds markup. */
    private static boolean appendCells(StringBuilder html, List<String> cells, String tag) {
        for (String cell : cells) {
            String text = cell.isEmpty() ? null : SimpleParagraph.plainText(cell);
            if (text == null) {
                return false;
            }
            html.append('<').append(tag).append('>').append(text).append("</").append(tag).append('>');
        }
        return true;
    }
}
