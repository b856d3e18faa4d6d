package dev.threefold.core.markdown;

import com.vladsch.flexmark.util.ast.Node;

/**
 * How deeply a markdown field nests, held to {@link #MAX} before flexmark renders it. flexmark's
 * HTML renderer and its visitors call themselves once per level of the syntax tree, so a field of
 * a thousand {@code >} or five hundred nested lists ended the build in a StackOverflowError.
 * Everything after parsing (link rewriting, rendering, the sanitizer, {@link PlainText}) then sees
 * at most this depth. No hand-written text comes near it.
 */
final class Nesting {

    /** Levels of the syntax tree (a list is two: the list and its item). */
    static final int MAX = 100;

    private Nesting() {
    }

    /**
     * Whether some line starts with more than {@link #MAX} block markers ({@code >}, list bullets
     * and numbers). Checked before parsing: flexmark's block parser tries each of a line's levels
     * against the rest of the line, one of them with a regex that recurses once per marker.
     */
    static boolean tooDeepAtLineStarts(String s) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            int markers = 0;
            while (true) {
                while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                    i++;
                }
                int after = markerEnd(s, i);
                if (after == i) {
                    break;
                }
                if (++markers > MAX) {
                    return true;
                }
                i = after;
            }
            int eol = s.indexOf('\n', i);
            i = eol < 0 ? n : eol + 1;
        }
        return false;
    }

    /** Just past the block marker at {@code i} ({@code >}, {@code - }, {@code 12. }), or {@code i} when none is there. */
    private static int markerEnd(String s, int i) {
        if (i >= s.length()) {
            return i;
        }
        char c = s.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int j = i;
        if (c == '-' || c == '+' || c == '*') {
            j++;
        } else {
            while (j < s.length() && j - i < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j == i || j >= s.length() || (s.charAt(j) != '.' && s.charAt(j) != ')')) {
                return i;
            }
            j++;
        }
        boolean spaced = j == s.length() || s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\n';
        return spaced ? j : i;
    }

    /** Whether the tree below {@code root} is more than {@link #MAX} levels deep; walks it without recursion. */
    static boolean tooDeep(Node root) {
        int depth = 0;
        Node node = root;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                if (++depth > MAX) {
                    return true;
                }
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == root ? null : node.getNext();
        }
        return false;
    }
}
