package dev.threefold.core.render.data;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchIndexTest {

    /** The definition of a searchable word that the hand-written tokenizer implements. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}'’.-]*[\\p{L}\\p{N}])?");

    @Test
    void splitsWordsExactlyAsTheWordPatternDoes() {
        String alphabet = "aZé3٣Ⅻ½ '’.-_,;\n\tß🙂𝔸中—-*[]()";
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                sb.appendCodePoint(alphabet.codePoints().toArray()[random.nextInt((int) alphabet.codePoints().count())]);
            }
            String text = sb.toString();
            assertEquals(String.join(" ", byPattern(text)), byTokenizer(text), text);
        }
    }

    @Test
    void keepsApostrophesHyphensAndDotsInsideWordsAndLowerCases() {
        assertEquals("don't self-talk 3.nf.a.1 zoë end", byTokenizer("Don't SELF-talk: 3.NF.A.1, Zoë! End.--"));
    }

    @Test
    void keepsEachWordOnceInTheOrderFirstSeenAcrossTexts() {
        WordSet words = new WordSet();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 3000; i++) { // past the first table
            many.append("w").append(i).append(' ');
        }
        words.add("Pattern pattern river, PATTERN é É");
        words.add(null);
        words.add(many.toString());
        words.add("river w7 new");
        assertEquals("pattern river é " + many.toString().trim() + " new", words.joined());
    }

    private static Set<String> byPattern(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String byTokenizer(String text) {
        WordSet words = new WordSet();
        words.add(text);
        return words.joined();
    }
}
