package dev.threefold.core.cache;

import org.apache.commons.codec.digest.MurmurHash3;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class HashedTextTest {

    /** Page keys made with it must equal those BoundUnits.hash gave the same text, or every page of a site built before would be made again. */
    @Test
    void hashesAsBoundUnitsHashesTheWholeText() {
        String[][] pieces = {
                {"site", "|site-wide", ":unit-1=abc"},
                {"Grade 3 · Fractions", "|", "é and ü"},
                {"emoji \uD83D\uDE00 pair", ":", "\u00A0"},
                {"lone \uD800 surrogate", "x"},
                {""},
        };
        for (String[] p : pieces) {
            HashedText text = HashedText.of(p[0]);
            for (int i = 1; i < p.length; i++) {
                text.append(p[i]);
            }
            assertEquals(BoundUnits.hash(String.join("", p)), text.hash(), String.join("", p));
        }
    }

    @Test
    void growsPastItsBufferAndStartsAfreshForTheNextText() {
        StringBuilder expected = new StringBuilder("start");
        HashedText text = HashedText.of("start");
        for (int i = 0; i < 5000; i++) { // about 50 KB, past the first buffer
            text.append(':').append("unit-" + i).append('=').append("0123456789abcdef");
            expected.append(':').append("unit-" + i).append('=').append("0123456789abcdef");
        }
        assertEquals(BoundUnits.hash(expected.toString()), text.hash());
        assertEquals(BoundUnits.hash("next"), HashedText.of("next").hash());
        assertNotEquals(BoundUnits.hash("next"), HashedText.of("next").append('·').hash());
        assertEquals(BoundUnits.hash("next·"), HashedText.of("next").append('·').hash());
    }

    /** A list's key names its units by digest: 16 bytes each, low byte first, after the text before them. */
    @Test
    void appendsADigestAsItsSixteenBytes() {
        long[] digest = utf8Digest(":unit-1=abc");
        assertEquals(MurmurHash3.hash128x64(":unit-1=abc".getBytes(java.nio.charset.StandardCharsets.UTF_8))[1], digest[1]);
        ByteBuffer expected = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
        expected.put((byte) 'a').put((byte) '|').putLong(digest[0]).putLong(digest[1]);
        assertEquals(BoundUnits.hex(MurmurHash3.hash128x64(expected.array(), 0, 18, 0)), HashedText.of("a|").append(digest).hash());
        assertNotEquals(HashedText.of("a|").append(digest).hash(), HashedText.of("a|").append(utf8Digest(":unit-2=abc")).hash());
    }

    /** A list entry's digest is made piece by piece, never as a string: it must equal the digest of the string. */
    @Test
    void digestsATextPutTogetherAsTheWholeString() {
        assertArrayEquals(utf8Digest(":unit-1=abc"), HashedText.of(":").append("unit-1").append('=').append("abc").digest());
        assertArrayEquals(utf8Digest(":é=\uD83D\uDE00"), HashedText.of(":é").append('=').append("\uD83D\uDE00").digest());
    }

    /** MurmurHash3 of a whole string's UTF-8 bytes. */
    private static long[] utf8Digest(String text) {
        return MurmurHash3.hash128x64(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
