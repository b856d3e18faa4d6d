package dev.threefold.core.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The distinct words of one unit, lower-cased, in the order first seen, for the search index. A
 * word is letters and digits, with apostrophes, dots and hyphens inside but not at its ends (the regex
 * {@code [\p{L}\p{N}]([\p{L}\p{N}'’.-]*[\p{L}\p{N}])?}; the search page's query tokenizer is the same), written out by hand because the regex was most of the
 * index's cost at 10,000 units). Each text is scanned as a char array (under the C1 compiler the
 * launcher uses, {@code String.codePointAt} is a call per character), and a word seen before
 * costs no string: most of a unit's words repeat. The 10,000 benchmark units' words took 1.1–1.5 s
 * of one core with a LinkedHashSet of substrings. Not thread-safe: one per unit.
 */
final class WordSet {

    private char[] chars = new char[1024];
    /** Open addressing: the words, and their String hash codes. */
    private String[] words = new String[512];
    private int[] hashes = new int[512];
    private int size;
    private final StringBuilder joined = new StringBuilder(2048);
    private final List<String> order = new ArrayList<>();

    /** Adds each word of {@code text} (null: none). */
    void add(String text) {
        if (text == null) {
            return;
        }
        int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        text.getChars(0, n, chars, 0);
        char[] cs = chars;
        int i = 0;
        while (i < n) {
            int c = codePointAt(cs, i, n);
            if (!isLetterOrNumber(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean lowerAscii = c < 0x80 && !(c >= 'A' && c <= 'Z'); // then the word is its own lower case
            i += Character.charCount(c);
            while (i < n) {
                c = codePointAt(cs, i, n);
                if (!isLetterOrNumber(c) && c != '\'' && c != '’' && c != '.' && c != '-') {
                    break;
                }
                lowerAscii &= c < 0x80 && !(c >= 'A' && c <= 'Z');
                i += Character.charCount(c);
            }
            int end = i;
            while (isJoiner(cs[end - 1])) { // a word ends with a letter or digit: "fractions." is "fractions"
                end--;
            }
            if (lowerAscii) {
                addRegion(cs, start, end);
            } else {
                char[] lower = new String(cs, start, end - start).toLowerCase(Locale.ROOT).toCharArray();
                addRegion(lower, 0, lower.length);
            }
        }
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '.' || c == '-';
    }

    /** The words in the order first seen. */
    List<String> list() {
        return order;
    }

    /** The words joined by single spaces. */
    String joined() {
        return joined.toString();
    }

    private void addRegion(char[] cs, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + cs[i]; // String.hashCode's formula
        }
        int mask = words.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            String w = words[slot];
            if (w == null) {
                insert(slot, new String(cs, start, end - start), h);
                return;
            }
            if (hashes[slot] == h && sameChars(w, cs, start, end)) {
                return;
            }
        }
    }

    private void insert(int slot, String word, int hash) {
        words[slot] = word;
        hashes[slot] = hash;
        order.add(word);
        if (size++ > 0) {
            joined.append(' ');
        }
        joined.append(word);
        if (size * 2 > words.length) {
            grow();
        }
    }

    private void grow() {
        String[] oldWords = words;
        int[] oldHashes = hashes;
        words = new String[oldWords.length * 2];
        hashes = new int[oldWords.length * 2];
        int mask = words.length - 1;
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) {
                int slot = oldHashes[i] & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = oldWords[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private static boolean sameChars(String w, char[] cs, int start, int end) {
        if (w.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (w.charAt(i - start) != cs[i]) {
                return false;
            }
        }
        return true;
    }

    private static int codePointAt(char[] cs, int i, int n) {
        char c = cs[i];
        return Character.isHighSurrogate(c) ? Character.codePointAt(cs, i, n) : c;
    }

    /** \p{L} or \p{N}; ASCII answered at once (the Character lookups are calls under the C1 compiler). */
    private static boolean isLetterOrNumber(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
