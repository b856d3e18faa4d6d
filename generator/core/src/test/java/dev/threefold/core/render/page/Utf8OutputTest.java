package dev.threefold.core.render.page;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Page bytes written piece by piece are exactly the UTF-8 of the whole text, whatever the pieces. */
class Utf8OutputTest {

    /** ASCII, Latin-1, dashes and quotes, an emoji (a surrogate pair) and a lone half of one. */
    private static final String[] ALPHABET = {"a", "<", " ", "é", "·", "—", "“", "✓", "😀", "\uD83D", "\uDE00"};

    @Test
    void randomPiecesGiveTheBytesOfTheWholeText() {
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String whole = text.toString();
            Utf8Output out = new Utf8Output(4);
            int at = 0;
            while (at < whole.length()) {
                int end = Math.min(whole.length(), at + 1 + random.nextInt(6)); // may split a surrogate pair
                String piece = whole.substring(at, end);
                switch (random.nextInt(5)) {
                    case 0 -> out.write(piece);
                    case 4 -> { // a piece already encoded (RenderOnce's), when it holds no half of a pair at either end
                        if (Character.isLowSurrogate(piece.charAt(0)) || Character.isHighSurrogate(piece.charAt(piece.length() - 1))) {
                            out.write(piece);
                        } else {
                            out.writeUtf8(piece.getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    case 1 -> out.write(whole.toCharArray(), at, end - at);
                    case 2 -> out.write("xx" + whole.substring(at, end) + "yy", 2, end - at);
                    default -> {
                        end = at + 1;
                        out.write(whole.charAt(at));
                    }
                }
                at = end;
            }
            assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), out.toByteArray(), whole);
        }
    }
}
