package dev.threefold.core.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The shortcut past flexmark for fields of several blocks: paragraphs
 * ({@link SimpleParagraph}), plain pipe tables and tight lists of such paragraphs
 * ("- " or numbered items, a bullet list also right after a paragraph's lines),
 * each separated from the next by one blank line. A teacher's notes are often a
 * small table and a paragraph; through flexmark, its table extension and the
 * sanitizer such a field cost about 0.2 ms, a tenth of a 10,000-unit build's
 * CPU.
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
        if (s.indexOf('\n') < 0 && listMarker(s, 0) == NONE) {
            return SimpleParagraph.render(s, links);
        }
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        if (SimpleParagraph.mayHoldAutolink(s)) {
            return null;
        }
        StringBuilder html = new StringBuilder(s.length() + 128);
        String[] blocks = body.split("\n\n", -1);
        for (int b = 0; b < blocks.length; b++) {
            String block = blocks[b];
            int list = listMarker(block, 0) != NONE ? 0 : bulletListAfterParagraph(block);
            // Items apart by a blank line are one loose list (each item a paragraph): not taken.
            if (list >= 0 && b + 1 < blocks.length && listMarker(blocks[b + 1], 0) == listMarker(block, list)) {
                return null;
            }
            String part = block.startsWith("|") ? table(block)
                    : list < 0 ? SimpleParagraph.render(block, links)
                    : join(list == 0 ? "" : SimpleParagraph.render(block.substring(0, list - 1), links), list(block.substring(list), links));
            if (part == null) {
                return null;
            }
            html.append(part);
        }
        return html.toString();
    }

    private static final int NONE = 0;
    private static final int BULLET = 1;
    private static final int NUMBERED = 2;

    /** The kind of list item starting at {@code at}: "- " or up to three digits and ". " before its text; else {@link #NONE}. */
    private static int listMarker(String s, int at) {
        return markerLength(s, at) == 0 ? NONE : s.charAt(at) == '-' ? BULLET : NUMBERED;
    }

    /** The length of the list item marker at {@code at} with its space ("- ", "12. "), or 0 when none starts there. */
    private static int markerLength(String s, int at) {
        int j = at;
        if (j < s.length() && s.charAt(j) == '-') {
            j++;
        } else {
            while (j < s.length() && j - at < 3 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j == at || (s.charAt(at) == '0' && j - at > 1) || j >= s.length() || s.charAt(j) != '.') {
                return 0;
            }
            j++;
        }
        return j + 1 < s.length() && s.charAt(j) == ' ' && s.charAt(j + 1) != ' ' && s.charAt(j + 1) != '\n' ? j + 1 - at : 0;
    }

    /**
     * Where a bullet list starts inside a paragraph's block ("Intro:\n- a\n- b": a bullet list may
     * interrupt a paragraph, a numbered one only from 1, which is left to the full path), or -1.
     */
    private static int bulletListAfterParagraph(String block) {
        for (int nl = block.indexOf('\n'); nl >= 0; nl = block.indexOf('\n', nl + 1)) {
            if (listMarker(block, nl + 1) == BULLET) {
                return nl + 1;
            }
        }
        return -1;
    }

    private static String join(String a, String b) {
        return a == null || b == null ? null : a.concat(b);
    }

    /**
     * A tight list's HTML as flexmark and the sanitizer write it (no white space between the
     * tags, as in a table): every line an item's marker, all
     * of one kind ("- ", or numbers and ". "), or its text going on under it, indented by the
     * marker's width; each item's text a simple paragraph ({@link SimpleParagraph}). Null for
     * anything else (a lazy or deeper line, a nested list, other markers).
     */
    private static String list(String block, UnaryOperator<String> links) {
        int kind = listMarker(block, 0);
        StringBuilder html = new StringBuilder(block.length() + 64);
        if (kind == BULLET) {
            html.append("<ul>");
        } else {
            int start = Integer.parseInt(block.substring(0, block.indexOf('.')));
            html.append(start == 1 ? "<ol>" : "<ol start=\"" + start + "\">");
        }
        boolean linked = false;
        String[] lines = block.split("\n", -1);
        for (int l = 0; l < lines.length; ) {
            int marker = markerLength(lines[l], 0);
            if (marker == 0 || listMarker(lines[l], 0) != kind) {
                return null;
            }
            StringBuilder text = new StringBuilder(lines[l].substring(marker));
            String indent = " ".repeat(marker);
            for (l++; l < lines.length && lines[l].startsWith(indent); l++) {
                text.append('\n').append(lines[l], marker, lines[l].length());
            }
            SimpleParagraph.Rendered item = SimpleParagraph.inline(text.toString(), links, "<li>", "</li>");
            if (item == null) {
                return null;
            }
            linked |= item.linked();
            html.append(item.html());
        }
        html.append(kind == BULLET ? "</ul>\n" : "</ol>\n");
        return new SimpleParagraph.Rendered(html.toString(), linked).sanitized();
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
