package dev.threefold.core.render.page;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page's text, encoded to UTF-8 as it is written. A StringWriter keeps the
 * whole page as one string that turns two bytes per character at the first
 * dash or curly quote, and is then encoded again in one pass at the end
 * (about 15 % of rendering a unit page); here each piece Freemarker writes is
 * encoded on its own, and the template's own ASCII text is copied as it is.
 * The bytes are the same as encoding the whole text at once. Not thread-safe:
 * one page at a time, {@link #reset} between pages.
 */
final class Utf8Output extends Writer {

    private byte[] bytes;
    private int count;
    /** The first half of a surrogate pair that ended a piece: encoded with the piece that follows. */
    private char pendingHigh;

    Utf8Output(int initialCapacity) {
        this.bytes = new byte[initialCapacity];
    }

    @Override
    public void write(String s) {
        if (pendingHigh != 0) {
            s = pendingHigh + s;
            pendingHigh = 0;
        }
        if (!s.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1))) {
            pendingHigh = s.charAt(s.length() - 1);
            s = s.substring(0, s.length() - 1);
        }
        append(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(String s, int off, int len) {
        write(s.substring(off, off + len));
    }

    /** Freemarker writes a template's own text this way: ASCII bytes straight in, the rest through a string. */
    @Override
    public void write(char[] chars, int off, int len) {
        if (pendingHigh != 0) {
            write(new String(chars, off, len));
            return;
        }
        ensure(len);
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                write(new String(chars, i, end - i));
                return;
            }
            bytes[count++] = (byte) c;
        }
    }

    /** Text already encoded, such as a piece {@link RenderOnce} renders once and writes many times. */
    void writeUtf8(byte[] utf8) {
        if (pendingHigh != 0) {
            write(new String(utf8, StandardCharsets.UTF_8));
        } else {
            append(utf8);
        }
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    private void append(byte[] piece) {
        ensure(piece.length);
        System.arraycopy(piece, 0, bytes, count, piece.length);
        count += piece.length;
    }

    private void ensure(int more) {
        if (count + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
        }
    }

    /** Empties it for the next page, keeping its buffer. */
    void reset() {
        count = 0;
        pendingHigh = 0;
    }

    int capacity() {
        return bytes.length;
    }

    /** The page's bytes; a lone half of a surrogate pair at the very end is encoded as the JDK does, as '?'. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            append(String.valueOf(pendingHigh).getBytes(StandardCharsets.UTF_8));
            pendingHigh = 0;
        }
        return Arrays.copyOf(bytes, count);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
