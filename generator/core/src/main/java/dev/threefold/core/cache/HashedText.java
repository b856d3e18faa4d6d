package dev.threefold.core.cache;

import org.apache.commons.codec.digest.MurmurHash3;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A text put together piece by piece and hashed exactly as {@link BoundUnits#hash} hashes it,
 * without ever being a string: its UTF-8 bytes go into a buffer its thread reuses. A page key
 * names every unit the page shows; built as a growing StringBuilder, copied into a String and
 * encoded again, the keys were a seventh of all a 10,000-unit rebuild allocated.
 */
public final class HashedText {

    private static final ThreadLocal<HashedText> OF_THREAD = ThreadLocal.withInitial(HashedText::new);

    private byte[] bytes = new byte[1 << 12];
    private int length;

    private HashedText() {
    }

    /** This thread's text, started afresh with {@code first}: finish one text before starting the next. */
    public static HashedText of(String first) {
        HashedText text = OF_THREAD.get();
        text.length = 0;
        return text.append(first);
    }

    public HashedText append(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) { // the rest as the JDK encodes it, so surrogate pairs stay whole
                byte[] rest = s.substring(i).getBytes(StandardCharsets.UTF_8);
                room(rest.length);
                System.arraycopy(rest, 0, bytes, length, rest.length);
                length += rest.length;
                return this;
            }
            bytes[length++] = (byte) c;
        }
        return this;
    }

    public HashedText append(char c) {
        if (c >= 0x80) {
            return append(String.valueOf(c));
        }
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Appends the 16 bytes of a 128-bit hash, low byte first (see {@link #digest}). */
    public HashedText append(long[] hash) {
        room(16);
        for (long h : hash) {
            for (int shift = 0; shift < 64; shift += 8) {
                bytes[length++] = (byte) (h >>> shift);
            }
        }
        return this;
    }

    /**
     * The 128-bit hash of the text so far (of its UTF-8 bytes, as MurmurHash3 gives it for the whole
     * string), to {@link #append(long[])} where the text itself is long or repeated.
     */
    public long[] digest() {
        return MurmurHash3.hash128x64(bytes, 0, length, 0);
    }

    /** The hash of the text so far, as hex. */
    public String hash() {
        return BoundUnits.hex(digest());
    }

    private void room(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
