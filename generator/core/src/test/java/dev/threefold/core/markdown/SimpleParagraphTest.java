package dev.threefold.core.markdown;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimpleParagraphTest {

    @Test
    void findsWhatTheAutolinkExtensionLooksForInAnyCase() {
        assertTrue(SimpleParagraph.mayHoldAutolink("See WwW.example.org for more"));
        assertTrue(SimpleParagraph.mayHoldAutolink("mail us: office@school.org"));
        assertTrue(SimpleParagraph.mayHoldAutolink("https://example.org"));
        assertFalse(SimpleParagraph.mayHoldAutolink("www and a dot. Not a link"));
        Random random = new Random(11);
        String alphabet = "wW.@:/ aéİ";
        for (int round = 0; round < 50_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            boolean byLowerCasedCopy = s.indexOf('@') >= 0 || s.contains("://") || s.toLowerCase(Locale.ROOT).contains("www.");
            assertEquals(byLowerCasedCopy, SimpleParagraph.mayHoldAutolink(s), s);
        }
    }
}
