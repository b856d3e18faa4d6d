package dev.threefold.core.load;

import dev.threefold.core.diag.Position;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast reader for the common subset of YAML that content files are written in: block mappings
 * and sequences, one-line plain, quoted and flow values, literal and folded block scalars, and
 * comments, with Unix or Windows line ends. It gives the same nodes and positions as
 * {@link YamlReader}'s Jackson path (SnakeYAML underneath), which reads everything else and
 * reports every error: this reader returns null for
 * any document it cannot read exactly, or that might not be valid, and never reports anything.
 * Why it exists: SnakeYAML reads about 17 MB/s here, a fifth of a full build's CPU.
 * {@code CommonYamlTest} holds it to Jackson's nodes, on the sample content and on mutated files.
 */
final class CommonYaml {

    /** Below Jackson's nesting limit, so that documents near it are read (and reported) by Jackson. */
    private static final int MAX_DEPTH = 40;
    /** SnakeYAML's longest simple key is 1024 characters. */
    private static final int MAX_KEY = 1000;

    /** Thrown to give up on a document; carries no stack, since giving up is an expected answer. */
    private static final class Decline extends RuntimeException {
        Decline() {
            super(null, null, false, false);
        }
    }

    private static final Decline DECLINE = new Decline();

    private final String s;
    /** The text's characters, scanned as an array: String.charAt is a call each under the C1 compiler. */
    private final char[] chars;
    private final String file;
    private final int n;
    private int pos;
    private int line; // 0-based line of pos
    private int lineStart; // index where that line starts

    private CommonYaml(String text, String file) {
        this.s = text;
        this.chars = text.toCharArray();
        this.file = file;
        this.n = text.length();
    }

    /** The document's root mapping, or null when the document is outside the subset. */
    static Node read(String text, String file) {
        String lf = text.indexOf('\r') < 0 ? text : withoutCarriageReturns(text);
        if (lf == null) {
            return null;
        }
        CommonYaml reader = new CommonYaml(lf, file);
        if (!onlyPlainCharacters(reader.chars)) {
            return null;
        }
        try {
            return reader.document();
        } catch (Decline e) {
            return null;
        }
    }

    /**
     * The text with each "\r\n" as "\n", or null when a '\r' stands alone. SnakeYAML reads both
     * as one line break, and nothing follows the '\r' on its line, so lines and columns stay the
     * same: files saved on Windows are read here too.
     */
    private static String withoutCarriageReturns(String text) {
        StringBuilder lf = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
                    return null;
                }
                continue;
            }
            lf.append(c);
        }
        return lf.toString();
    }

    /**
     * No tabs, lone carriage returns, byte order marks, surrogates, characters SnakeYAML refuses or
     * line breaks other than \n: each would change columns, lines or validity.
     */
    private static boolean onlyPlainCharacters(char[] text) {
        for (char c : text) {
            boolean ok = c == '\n' || (c >= 0x20 && c <= 0x7E)
                    || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                    || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private Node document() {
        if (!skipToContent()) {
            throw DECLINE; // empty: Jackson reports it
        }
        if (col() == 0 && s.startsWith("---", pos) && blankOrEnd(pos + 3)) {
            pos += 3;
            finishLine();
            if (!skipToContent()) {
                throw DECLINE;
            }
        }
        if (keyLength() < 0) {
            throw DECLINE; // only mappings at the root
        }
        Node root = blockMapping(col(), 1);
        if (skipToContent()) {
            throw DECLINE;
        }
        return root;
    }

    // ---- block structure

    /** A block mapping whose first key is at pos, at column indent. */
    private Node.MapNode blockMapping(int indent, int depth) {
        checkDepth(depth);
        Position at = here();
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        while (true) {
            Position keyAt = here();
            int length = keyLength();
            if (length < 0) {
                throw DECLINE;
            }
            String key = s.substring(pos, pos + length);
            pos += length + 1; // the key and its ':'
            Node value = valueAfterColon(indent, depth);
            if (entries.putIfAbsent(key, new Node.Entry(key, keyAt, value)) != null) {
                throw DECLINE; // Jackson reports duplicate keys with both lines
            }
            if (!skipToContent() || col() < indent) {
                return new Node.MapNode(at, entries);
            }
            if (col() > indent) {
                throw DECLINE;
            }
        }
    }

    /** The value after {@code key:}, in a mapping at column indent. */
    private Node valueAfterColon(int indent, int depth) {
        int spaces = skipSpaces();
        if (!atLineEndOrComment(spaces)) {
            return inlineValue(indent, depth + 1);
        }
        nextLine();
        if (!skipToContent()) {
            throw DECLINE; // null value at the end
        }
        if (col() > indent) {
            return blockNode(indent, depth + 1);
        }
        if (col() == indent && atSequenceEntry()) {
            return blockSequence(indent, depth + 1); // a sequence may sit at its key's column
        }
        throw DECLINE; // null value
    }

    /** A node starting at pos on its own line, inside a collection at column parentIndent. */
    private Node blockNode(int parentIndent, int depth) {
        checkDepth(depth);
        if (atSequenceEntry()) {
            return blockSequence(col(), depth);
        }
        if (keyLength() >= 0) {
            return blockMapping(col(), depth);
        }
        return inlineValue(parentIndent, depth);
    }

    /** A block sequence whose first {@code -} is at pos, at column indent. */
    private Node.ListNode blockSequence(int indent, int depth) {
        checkDepth(depth);
        Position at = here();
        List<Node> items = new ArrayList<>();
        while (true) {
            pos++; // the '-'
            int spaces = skipSpaces();
            if (atLineEndOrComment(spaces)) {
                nextLine();
                if (!skipToContent() || col() <= indent) {
                    throw DECLINE; // null item
                }
                items.add(blockNode(indent, depth + 1));
            } else if (atSequenceEntry()) {
                throw DECLINE; // "- - x"
            } else if (keyLength() >= 0) {
                items.add(blockMapping(col(), depth + 1));
            } else {
                items.add(inlineValue(indent, depth + 1));
            }
            if (!skipToContent() || col() != indent || !atSequenceEntry()) {
                if (pos < n && col() > indent) {
                    throw DECLINE;
                }
                return new Node.ListNode(at, items);
            }
        }
    }

    /**
     * A value starting at pos in block context; afterwards pos is at the start of a line (or the end).
     * parentIndent is the column of the collection holding it, which bounds multi-line values.
     */
    private Node inlineValue(int parentIndent, int depth) {
        checkDepth(depth);
        Node value;
        switch (chars[pos]) {
            case '"' -> value = doubleQuoted();
            case '\'' -> value = singleQuoted();
            case '[' -> value = flowSequence(depth + 1);
            case '{' -> value = flowMapping(depth + 1);
            case '|', '>' -> {
                return blockScalar(parentIndent);
            }
            default -> {
                return plainInBlock(parentIndent);
            }
        }
        finishLine();
        return value;
    }

    // ---- scalars

    /** A plain scalar that must end on its line: anything longer or key-like is declined. */
    private Node.ScalarNode plainInBlock(int parentIndent) {
        Position at = here();
        if (startsWithIndicator(chars[pos])) {
            throw DECLINE;
        }
        int start = pos;
        int end = start;
        while (pos < n && chars[pos] != '\n') {
            char c = chars[pos];
            if (c == ':' && blankOrEnd(pos + 1)) {
                throw DECLINE; // a key where a value was expected, or "a: b: c"
            }
            if (c == '#' && chars[pos - 1] == ' ') {
                break;
            }
            pos++;
            if (c != ' ') {
                end = pos;
            }
        }
        String text = s.substring(start, end);
        nextLine();
        // A more indented line that is not a comment would continue the scalar.
        int p = pos;
        while (p < n) {
            int first = p;
            while (first < n && chars[first] == ' ') {
                first++;
            }
            if (first < n && chars[first] == '\n') {
                p = first + 1;
                continue;
            }
            if (first < n && first - p > parentIndent && chars[first] != '#') {
                throw DECLINE;
            }
            break;
        }
        return plain(at, text);
    }

    /** A plain scalar in [...] or {...}, ending before ',', ']', '}' or a ':' with space after. */
    private Node.ScalarNode plainInFlow() {
        Position at = here();
        if (startsWithIndicator(chars[pos])) {
            throw DECLINE;
        }
        int start = pos;
        int end = start;
        while (true) {
            if (pos >= n) {
                throw DECLINE;
            }
            char c = chars[pos];
            if (c == '\n' || c == '[' || c == '{' || c == '?' || (c == '#' && chars[pos - 1] == ' ')) {
                throw DECLINE;
            }
            if (c == ',' || c == ']' || c == '}') {
                break;
            }
            if (c == ':' && (pos + 1 == n || " \n,[]{}".indexOf(chars[pos + 1]) >= 0)) {
                break;
            }
            pos++;
            if (c != ' ') {
                end = pos;
            }
        }
        pos = end;
        return plain(at, s.substring(start, end));
    }

    /** Indicators that give a plain scalar's first character another meaning. */
    private static boolean startsWithIndicator(char c) {
        return "-?:,[]{}#&*!|>'\"%@`~<= ".indexOf(c) >= 0;
    }

    /**
     * The type Jackson gives a plain scalar (SnakeYAML's YAML 1.1 resolver): plain decimal
     * integers and strings no resolver pattern can match; anything that might be a boolean,
     * null, float, other integer or timestamp is declined.
     */
    private static Node.ScalarNode plain(Position at, String text) {
        char first = text.charAt(0);
        if (first == '+' || first == '.') {
            throw DECLINE;
        }
        if (first >= '0' && first <= '9') {
            if (text.equals("0") || (first != '0' && text.length() <= 9 && allDigits(text))) {
                return new Node.ScalarNode(at, text, Node.ScalarType.INT);
            }
            int dot = text.indexOf('.');
            if (dot > 0 && dot < text.length() - 1 && text.length() <= 12
                    && allDigits(text.substring(0, dot)) && allDigits(text.substring(dot + 1))) {
                return new Node.ScalarNode(at, text, Node.ScalarType.FLOAT); // e.g. 0.15
            }
            // Hexadecimal and binary integers aside, the number and timestamp patterns hold no
            // letters but e, t and z: with any other letter it is a string (e.g. 2.NBT.B.5).
            if (text.length() > 1 && first == '0' && "xXbB".indexOf(text.charAt(1)) >= 0) {
                throw DECLINE;
            }
            for (int i = 0; i < text.length(); i++) {
                if ("0123456789-+._: eEtTzZ".indexOf(text.charAt(i)) < 0) {
                    return new Node.ScalarNode(at, text, Node.ScalarType.STRING);
                }
            }
            throw DECLINE;
        }
        if (text.length() <= 5 && "yYnNtTfFoO".indexOf(first) >= 0) {
            switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "y", "n", "yes", "no", "true", "false", "on", "off", "null" -> throw DECLINE;
                default -> {
                }
            }
        }
        return new Node.ScalarNode(at, text, Node.ScalarType.STRING);
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A double-quoted scalar on one line, with the common escapes. */
    private Node.ScalarNode doubleQuoted() {
        Position at = here();
        pos++;
        StringBuilder sb = null; // only for text with escapes
        int from = pos;
        while (true) {
            if (pos >= n || chars[pos] == '\n') {
                throw DECLINE; // spans lines
            }
            char c = chars[pos];
            if (c == '"') {
                String text = sb == null ? s.substring(from, pos) : sb.append(s, from, pos).toString();
                pos++;
                return new Node.ScalarNode(at, text, Node.ScalarType.STRING);
            }
            if (c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(s, from, pos);
                if (pos + 1 >= n) {
                    throw DECLINE;
                }
                char e = chars[pos + 1];
                switch (e) {
                    case '"', '\\', ' ' -> sb.append(e);
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'u' -> {
                        if (pos + 6 > n) {
                            throw DECLINE;
                        }
                        int code = 0;
                        for (int i = pos + 2; i < pos + 6; i++) {
                            int digit = Character.digit(chars[i], 16);
                            if (digit < 0) {
                                throw DECLINE;
                            }
                            code = code * 16 + digit;
                        }
                        if (Character.isSurrogate((char) code)) {
                            throw DECLINE;
                        }
                        sb.append((char) code);
                        pos += 4;
                    }
                    default -> throw DECLINE;
                }
                pos += 2;
                from = pos;
                continue;
            }
            pos++;
        }
    }

    /** A single-quoted scalar on one line; {@code ''} is a quote. */
    private Node.ScalarNode singleQuoted() {
        Position at = here();
        pos++;
        StringBuilder sb = new StringBuilder();
        int from = pos;
        while (true) {
            if (pos >= n || chars[pos] == '\n') {
                throw DECLINE;
            }
            if (chars[pos] == '\'') {
                sb.append(s, from, pos);
                if (pos + 1 < n && chars[pos + 1] == '\'') {
                    sb.append('\'');
                    pos += 2;
                    from = pos;
                    continue;
                }
                pos++;
                return new Node.ScalarNode(at, sb.toString(), Node.ScalarType.STRING);
            }
            pos++;
        }
    }

    /**
     * A literal (|) or folded (>) block scalar, read as SnakeYAML's ScannerImpl.scanBlockScalar
     * reads it; pos is left at the start of the first line after it.
     */
    private Node.ScalarNode blockScalar(int parentIndent) {
        Position at = here();
        boolean folded = chars[pos] == '>';
        pos++;
        char chomping = pos < n && (chars[pos] == '-' || chars[pos] == '+') ? chars[pos++] : ' ';
        if (pos < n && chars[pos] >= '0' && chars[pos] <= '9') {
            throw DECLINE; // indentation indicators
        }
        int spaces = skipSpaces();
        if (pos < n && chars[pos] == '#' && spaces > 0) {
            pos = lineEnd(pos);
        }
        if (pos >= n || chars[pos] != '\n') {
            throw DECLINE;
        }
        nextLine();
        // The indentation: the deepest of the leading blank lines and the first line of text.
        StringBuilder breaks = new StringBuilder();
        int maxIndent = 0;
        while (pos < n && (chars[pos] == ' ' || chars[pos] == '\n')) {
            if (chars[pos] == '\n') {
                breaks.append('\n');
                nextLine();
            } else {
                pos++;
                maxIndent = Math.max(maxIndent, col());
            }
        }
        int indent = Math.max(Math.max(parentIndent + 1, 1), maxIndent);
        StringBuilder text = new StringBuilder();
        String lineBreak = "";
        boolean any = false;
        while (col() == indent && pos < n) {
            any = true;
            text.append(breaks);
            boolean leadingNonSpace = chars[pos] != ' ';
            int end = lineEnd(pos);
            text.append(s, pos, end);
            pos = end;
            lineBreak = "";
            if (pos < n) {
                lineBreak = "\n";
                nextLine();
            }
            breaks.setLength(0);
            skipIndentUpTo(indent);
            while (pos < n && chars[pos] == '\n') {
                breaks.append('\n');
                nextLine();
                skipIndentUpTo(indent);
            }
            if (col() == indent && pos < n) {
                if (folded && lineBreak.equals("\n") && leadingNonSpace && chars[pos] != ' ') {
                    if (breaks.isEmpty()) {
                        text.append(' ');
                    }
                } else {
                    text.append(lineBreak);
                }
            } else {
                break;
            }
        }
        if (!any) {
            throw DECLINE; // empty
        }
        if (chomping != '-') {
            text.append(lineBreak);
        }
        if (chomping == '+') {
            text.append(breaks);
        }
        pos = lineStart;
        return new Node.ScalarNode(at, text.toString(), Node.ScalarType.STRING);
    }

    private void skipIndentUpTo(int indent) {
        while (col() < indent && pos < n && chars[pos] == ' ') {
            pos++;
        }
    }

    // ---- flow collections, on one line

    private Node.ListNode flowSequence(int depth) {
        checkDepth(depth);
        Position at = here();
        List<Node> items = new ArrayList<>();
        boolean closed = opensEmpty(']');
        while (!closed) {
            items.add(flowItem(depth + 1));
            closed = closesAfterItem(']');
        }
        return new Node.ListNode(at, items);
    }

    private Node.MapNode flowMapping(int depth) {
        checkDepth(depth);
        Position at = here();
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        boolean closed = opensEmpty('}');
        while (!closed) {
            Position keyAt = here();
            int length = keyLength();
            if (length < 0 || pos + length + 1 >= n || chars[pos + length + 1] != ' ') {
                throw DECLINE;
            }
            String key = s.substring(pos, pos + length);
            pos += length + 1;
            skipSpaces();
            if (entries.putIfAbsent(key, new Node.Entry(key, keyAt, flowItem(depth + 1))) != null) {
                throw DECLINE;
            }
            closed = closesAfterItem('}');
        }
        return new Node.MapNode(at, entries);
    }

    /** Past the opening bracket at pos; true when the collection closes at once ({@code []}, <code>{}</code>). */
    private boolean opensEmpty(char close) {
        pos++;
        skipSpaces();
        if (pos < n && chars[pos] == close) {
            pos++;
            return true;
        }
        return false;
    }

    /** After an item: true past the closing bracket, false past a comma (before the next item). */
    private boolean closesAfterItem(char close) {
        skipSpaces();
        char c = pos < n ? chars[pos] : '\n';
        pos++;
        if (c == close) {
            return true;
        }
        if (c != ',') {
            throw DECLINE;
        }
        skipSpaces();
        return false;
    }

    private Node flowItem(int depth) {
        if (pos >= n) {
            throw DECLINE;
        }
        return switch (chars[pos]) {
            case '"' -> doubleQuoted();
            case '\'' -> singleQuoted();
            case '[' -> flowSequence(depth);
            case '{' -> flowMapping(depth);
            default -> plainInFlow();
        };
    }

    // ---- the cursor

    /**
     * The length of a simple key at pos (letters, digits, '_' and '-', not first) when it is
     * followed by ':' and a space or line end; else -1.
     */
    private int keyLength() {
        int p = pos;
        while (p < n && p - pos <= MAX_KEY) {
            char c = chars[p];
            boolean keyChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || (c == '-' && p > pos);
            if (!keyChar) {
                break;
            }
            p++;
        }
        if (p == pos || p >= n || chars[p] != ':') {
            return -1;
        }
        return blankOrEnd(p + 1) ? p - pos : -1;
    }

    private boolean atSequenceEntry() {
        return chars[pos] == '-' && blankOrEnd(pos + 1);
    }

    /** After a value: only spaces and a comment may follow on its line. */
    private void finishLine() {
        int spaces = skipSpaces();
        if (!atLineEndOrComment(spaces)) {
            throw DECLINE;
        }
        nextLine();
    }

    /**
     * Moves to the first character of the next line holding more than spaces and a comment,
     * or stays where pos is when it is already on such a character; false at the end.
     */
    private boolean skipToContent() {
        while (true) {
            int p = pos;
            while (p < n && chars[p] == ' ') {
                p++;
            }
            if (p >= n) {
                pos = n;
                return false;
            }
            char c = chars[p];
            if (c == '\n' || (c == '#' && (p == lineStart || chars[p - 1] == ' '))) {
                pos = p;
                nextLine();
                continue;
            }
            pos = p;
            return true;
        }
    }

    /** Moves past the end of the current line. */
    private void nextLine() {
        int end = lineEnd(pos);
        if (end >= n) {
            pos = n;
            return;
        }
        pos = end + 1;
        line++;
        lineStart = pos;
    }

    private int lineEnd(int from) {
        int end = s.indexOf('\n', from);
        return end < 0 ? n : end;
    }

    private int skipSpaces() {
        int from = pos;
        while (pos < n && chars[pos] == ' ') {
            pos++;
        }
        return pos - from;
    }

    private boolean atLineEnd() {
        return pos >= n || chars[pos] == '\n';
    }

    /** At the line's end, or at a comment after the {@code spaces} just skipped. */
    private boolean atLineEndOrComment(int spaces) {
        return atLineEnd() || (spaces > 0 && chars[pos] == '#');
    }

    /** Whether {@code p} is a space, a line end or the end: what ends an indicator such as {@code -} or {@code :}. */
    private boolean blankOrEnd(int p) {
        return p == n || chars[p] == ' ' || chars[p] == '\n';
    }

    private int col() {
        return pos - lineStart;
    }

    private Position here() {
        return new Position(file, line + 1, col() + 1);
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
    }
}
