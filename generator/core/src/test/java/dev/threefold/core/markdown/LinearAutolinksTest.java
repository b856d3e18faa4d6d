package dev.threefold.core.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link LinearAutolinks} and its parts give flexmark's autolink extension's results. */
class LinearAutolinksTest {

    /** flexmark's, from its AutolinkNodePostProcessor. */
    private static final Pattern URI_PREFIX = Pattern.compile("\\b([a-z][a-z0-9+.-]*://)(?:\\s|$)");

    private static final String[] PIECES = {"a", "w", "www.", ".", ":", "/", "://", "http://", " ", "@", "a@b.c", "-", "+",
        "_", "1", "Z", "é", "\u0301", "\u2028", "\n", "\t", "&amp;", "&#64;", "&#58;", "&colon;", "&", ";", "#", "\\",
        "\\:", "*", "[", "](", ")", "<", ">", "`", "x.y", "mailto:"};

    @Test
    void prefixesAreTheRegexMatches() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            String s = randomText(random, 1 + random.nextInt(10));
            List<String> expected = new ArrayList<>();
            Matcher m = URI_PREFIX.matcher(s);
            while (m.find()) {
                expected.add(m.start(1) + "-" + m.end(1));
            }
            List<String> actual = UriPrefixes.in(s).stream().map(span -> span[0] + "-" + span[1]).toList();
            assertEquals(expected, actual, () -> "for " + escape(s));
        }
    }

    @Test
    void renderingAgreesWithFlexmarksExtension() {
        Flexmark ours = new Flexmark(new LinearAutolinks.Extension());
        Flexmark theirs = new Flexmark(AutolinkExtension.create());
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(List.of("see www.example.org", "x https://e.org/a?b=1&amp;c=2 y",
                "mail a.b@c.org.", "http:// and ftp:// ", "a.b+c-d:// www.x.y", "\\*www.a.b \\*http://c.d",
                "&#64;a@b.cd&amp;www.x.y", "x://a:// b:// www.a.b:// "));
        for (int i = 0; i < 50_000; i++) {
            texts.add(randomText(random, 1 + random.nextInt(12)));
        }
        for (String s : texts) {
            assertEquals(theirs.render(s), ours.render(s), () -> "for " + escape(s));
        }
    }

    /**
     * A text with more escapes than {@link LinearAutolinks#MAX_ESCAPES} keeps its addresses as text,
     * in time linear in its length (flexmark's unescaping of it took the square); one with fewer,
     * beside it in the same field, still gets its links as flexmark gives them.
     */
    @Test
    void aTextWithMoreEscapesThanTheLimitKeepsItsAddressesAsText() {
        Flexmark ours = new Flexmark(new LinearAutolinks.Extension());
        Flexmark theirs = new Flexmark(AutolinkExtension.create());
        String many = "\\*www.a.b ".repeat(LinearAutolinks.MAX_ESCAPES + 1);
        String html = ours.render(many);
        assertFalse(html.contains("<a "), "no links");
        assertEquals(LinearAutolinks.MAX_ESCAPES + 1, html.split("\\*www\\.a\\.b", -1).length - 1, "every address is there, as text");
        String few = "\\*www.a.b ".repeat(LinearAutolinks.MAX_ESCAPES);
        assertEquals(theirs.render(few), ours.render(few));
        assertTrue(ours.render(few + "\n\n" + many).contains("<a href=\"http://www.a.b\">"), "the other paragraph's links are made");
    }

    private record Flexmark(Parser parser, HtmlRenderer renderer) {
        Flexmark(Extension autolinks) {
            this(Parser.builder(options(autolinks)).customInlineParserFactory(LinearInlineParser.FACTORY).build(),
                    HtmlRenderer.builder(options(autolinks)).build());
        }

        String render(String s) {
            return renderer.render(parser.parse(s));
        }

        private static MutableDataSet options(Extension autolinks) {
            MutableDataSet options = new MutableDataSet();
            options.set(Parser.EXTENSIONS, List.of(autolinks));
            options.set(HtmlRenderer.ESCAPE_HTML, true);
            return options;
        }
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < pieces; p++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\n", "\\n").replace("\t", "\\t").replace("\u2028", "\\u2028");
    }
}
