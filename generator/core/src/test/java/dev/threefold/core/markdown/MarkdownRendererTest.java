package dev.threefold.core.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    private final MarkdownRenderer md = new MarkdownRenderer();
    private final MarkdownRenderer.Context unitPage =
            new MarkdownRenderer.Context("units/grade-3/fractions.yaml", "../../", Set.of("assets/tiles.png", "assets/hand outs/sheet 1.pdf"));

    @Test
    void rendersTablesAndEmphasis() {
        String html = md.render("| a | b |\n| --- | --- |\n| 1 | *2* |", unitPage).html();
        assertTrue(html.contains("<table class=\"md-table\">"), html);
        assertTrue(html.contains("<td><em>2</em></td>"), html);
    }

    @Test
    void aTableWhoseRowsAreIndentedWithTabsStillRenders() {
        // flexmark's table extension throws on this (a separator row after four tabs)
        var r = md.render("| role | does |\n\t\t\t\t| --- | --- |\n\t| scribe | *writes* |", unitPage);
        assertEquals(0, r.problems().size(), r.problems().toString());
        assertTrue(r.html().contains("<table class=\"md-table\">"), r.html());
        assertTrue(r.html().contains("<td>scribe</td>"), r.html());
        assertTrue(r.html().contains("<td><em>writes</em></td>"), r.html());
    }

    @Test
    void leadingTabsAreReadAsSpacesToTheNextTabStop() {
        assertEquals("    a\n      b\tc\n  x\n", LeadingTabs.expand("\ta\n  \t  b\tc\n  x\n"));
        assertEquals("\r\n        |", LeadingTabs.expand("\r\n \t\t|"));
    }

    @Test
    void rawHtmlIsEscapedNotPassedThrough() {
        String html = md.render("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>", unitPage).html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void assetLinksAreResolvedAgainstTheYamlFileAndRewrittenForThePage() {
        var r = md.render("![Tiles](../../assets/tiles.png) and [sheet](../../assets/hand%20outs/sheet%201.pdf)", unitPage);
        assertEquals(0, r.problems().size(), r.problems().toString());
        assertTrue(r.html().contains("src=\"../../assets/tiles.png\""), r.html());
        assertTrue(r.html().contains("href=\"../../assets/hand%20outs/sheet%201.pdf\""), r.html());
    }

    @Test
    void missingAssetsAndLinksOutsideContentAreProblems() {
        var r = md.render("[a](../../assets/nope.png) [b](../../../etc/passwd) [c](/abs.png)", unitPage);
        assertEquals(3, r.problems().size());
        assertEquals("missing-asset", r.problems().get(0).code());
        assertEquals("link-outside-content", r.problems().get(1).code());
        assertEquals("absolute-link", r.problems().get(2).code());
        assertFalse(r.html().contains("passwd"), r.html());
    }

    @Test
    void scriptLinksAreRefusedAndNeverRendered() {
        var r = md.render("[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) [z](data:text/html,hi)", unitPage);
        assertEquals(3, r.problems().size());
        assertFalse(r.html().toLowerCase().contains("javascript:"), r.html());
        assertFalse(r.html().contains("data:"), r.html());
    }

    @Test
    void unitLinksBecomePageLinksAndAreCollected() {
        var r = md.render("See [tenths](unit:tenths) and <https://example.org>.", unitPage);
        assertEquals(java.util.List.of("tenths"), r.unitLinks());
        assertTrue(r.html().contains("href=\"../../units/tenths/index.html\""), r.html());
        assertTrue(r.html().contains("href=\"https://example.org\""), r.html());
    }

    @Test
    void referenceStyleLinksAreCheckedToo() {
        var r = md.render("[tiles][t]\n\n[t]: ../../assets/missing.png", unitPage);
        assertEquals(1, r.problems().size());
    }

    @Test
    void theSimpleParagraphShortcutRendersExactlyAsTheFullPathDoes() {
        String[] samples = {
            "Fold strips into halves, fourths and eighths.",
            "What makes a share \"fair\"? Isn't it obvious!",
            "Élan vital: 3/4 of 100% — done; (maybe) #3 = ok + more - less.",
            "Price is $5.00 or €4 'each'",
            "Ratio 2:3 and time 10:15 here.",
            "**Fold the strip** in half, then *again*.",
            "*Every* learner names a **fraction**!",
            "Groups of 3 sort *cards*; then **share** (aloud).",
            "Prose wrapped as in a block scalar,\nwith *emphasis* at a line's end\n**and** its start, and 12\nnumbers.",
            "The ___ the unit, the __ units fit; a _ b.",
            "Circle one (*still wondering*) or \"*getting there*\", a(*b*), (*c*)d.",
            "5 × 7 means 5 groups of 7; 3/4 is three parts.", "\"Quoted\" first, $5 then.", "**Safety first:** goggles.",
            "Endings: *\"The end.\"*, *\"Then home.\"* and *\"I keep it.\"*",
            "Ask: *\"Where did it go?\"* Then *why?* and *(aloud)* too, *What do I think\nnow?* \"Quoted\nline\" — done.",
        };
        for (String s : samples) {
            assertTrue(SimpleParagraph.render(s) != null, s);
            assertEquals(md.renderWithFlexmark(s, unitPage).html(), md.render(s, unitPage).html(), s);
        }
        for (String s : new String[] {"1. list", "- item", "# Heading", "* item", "see www.example.org", "x https://e.org",
                "a@b.org", "trailing  ", "<b>", "two \nlines", "two  \nlines", "two\n- item", "two\n1. item", "two\n1) item",
                "two\n# h", "two\n===", "two\n---", "two\n> quote", "two\n  indented", "two\n\nthree", "two\n", "two\n|a|",
                "*\"a\"*b", "a *\"b\"*c", "a __b__ c", "a _b", "(*\"a\"*)", "(* b*)", "x *a*(b)", "a b_ c", "\"__ x\"", "x ___", "a ___\nb", "*?*", "1) x", "12. x", " lead", "\u00a0lead", "=x", "_x_", "** x**", "*.a*", "*a.*b", "*a\n- b*", "*a \nb*", "a & b", "a | b", "under_score", "a*b*", "**a*", "***a***",
                "*a *b", "*a*b", "a *b *", "x ![i](a.png)", "[l](u)", "`code`", "a \\* b", "a\u0000b", "say {{name}}"}) {
            assertEquals(null, SimpleParagraph.render(s), s);
        }
    }

    /**
     * Random paragraphs: words and punctuation, with star runs of random lengths put around
     * random spans, now and then off by a space, and now and then a line break between words (with
     * a space before it or not). Wherever the shortcut answers, flexmark agrees.
     */
    @Test
    void theShortcutAgreesWithFlexmarkOnRandomFields() {
        String[] words = {"fold", "Strip", "3", "é", "halves", "(aloud)", "it's", "\"fair\"", "-", "#", "+", "=", "1/2", "%",
            "$5", "—", "1.", "a.b", "\u00a0x", "Ωmega", "Why?", "now!", "\"Where?\"", "end.", "'so'", "(a", "b)", "(*a", "b*)", "\"*c", "d*\"", "___", "__", "_x_", "a_b"};
        String[] after = {"", "", "", ".", ",", "!", "?", ";", ":", ")", "'", "-", "*"};
        java.util.Random random = new java.util.Random(42);
        int shortcut = 0;
        int emphasis = 0;
        int wrapped = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder sb = new StringBuilder();
            int count = 1 + random.nextInt(8);
            for (int w = 0; w < count; w++) {
                if (w > 0) {
                    int gap = random.nextInt(20);
                    sb.append(gap == 0 ? "" : gap == 1 ? " \n" : gap < 5 ? "\n" : " "); // line breaks as in wrapped prose
                }
                boolean wrap = random.nextInt(3) == 0;
                String open = wrap ? "*".repeat(1 + random.nextInt(3)) : "";
                String close = !wrap ? "" : random.nextInt(4) == 0 ? "*".repeat(1 + random.nextInt(3)) : open;
                sb.append(open).append(random.nextInt(8) == 0 ? " " : "");
                for (int span = random.nextInt(3); span >= 0; span--) {
                    sb.append(words[random.nextInt(words.length)]).append(span > 0 ? " " : "");
                }
                sb.append(random.nextInt(8) == 0 ? " " : "").append(close).append(after[random.nextInt(after.length)]);
            }
            String s = sb.toString();
            String simple = SimpleParagraph.render(s);
            if (simple != null) {
                shortcut++;
                emphasis += simple.contains("<em>") || simple.contains("<strong>") ? 1 : 0;
                wrapped += s.indexOf('\n') >= 0 ? 1 : 0;
                assertEquals(md.renderWithFlexmark(s, unitPage).html(), simple, s);
            }
        }
        assertTrue(shortcut > 2_000 && emphasis > 400 && wrapped > 150,
                "the shortcut took only " + shortcut + " fields, " + emphasis + " with emphasis, " + wrapped + " of several lines");
    }

    /**
     * Random prose wrapped over two to five lines, as a YAML block scalar holds it: lines of words,
     * emphasis and links, and now and then a line that starts a list, a heading, a quote or a
     * setext underline, an indented one, a space before the break. Wherever the shortcut answers,
     * flexmark agrees on the HTML, the unit links and the problems.
     */
    @Test
    void theShortcutAgreesWithFlexmarkOnWrappedParagraphs() {
        String[] words = {"fold", "Strip", "é", "halves", "it's", "\"fair\"", "1/2", "%", "—", "**share**", "*again*", "12",
            "[tiles](../../assets/tiles.png)", "[tenths](unit:tenths)", "![Tiles](../../assets/tiles.png)", "3rd", "x."};
        String[] starts = {"", "", "", "", "", "", "- ", "* ", "+ ", "1. ", "2) ", "10. ", "# ", "> ", "=== ", "--- ", "***", " ",
            "    ", "1.5 ", "12 ", "*", "**", "!", "[", "a) "};
        String[] breaks = {"\n", "\n", "\n", "\n", "\n", " \n", "  \n", "\n\n"};
        java.util.Random random = new java.util.Random(5);
        int shortcut = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder sb = new StringBuilder();
            int lines = 2 + random.nextInt(4);
            for (int l = 0; l < lines; l++) {
                if (l > 0) {
                    sb.append(breaks[random.nextInt(breaks.length)]).append(starts[random.nextInt(starts.length)]);
                }
                for (int w = 1 + random.nextInt(5); w > 0; w--) {
                    sb.append(words[random.nextInt(words.length)]).append(w > 1 ? " " : "");
                }
            }
            String s = sb.toString();
            if (SimpleBlocks.render(s, url -> url) != null) {
                shortcut++;
                MarkdownRenderer.Result fast = md.render(s, unitPage);
                MarkdownRenderer.Result full = md.renderWithFlexmark(s, unitPage);
                assertEquals(full.html(), fast.html(), s);
                assertEquals(full.unitLinks(), fast.unitLinks(), s);
                assertEquals(full.problems(), fast.problems(), s);
            }
        }
        assertTrue(shortcut > 1_000, "the shortcut took only " + shortcut + " fields");
    }

    /**
     * Random one-line fields with inline links and images among words and emphasis: good and
     * missing assets, unit links, anchors, other schemes, and near-misses (a title, a space, no
     * parenthesis, an empty text). Wherever the shortcut answers, flexmark agrees on the HTML, the
     * unit links and the problems.
     */
    @Test
    void theShortcutAgreesWithFlexmarkOnFieldsWithLinks() {
        String[] words = {"fold", "Strip", "3", "é", "halves", "it's", "\"fair\"", "-", "1/2", "%", "—", "**share**", "*again*",
            "[tiles](../../assets/tiles.png)", "![Tiles](../../assets/tiles.png)", "![a b](../../assets/tiles.png)",
            "[sheet](../../assets/hand%20outs/sheet%201.pdf)", "[gone](../../assets/gone.png)", "[up](../../../x.png)",
            "[tenths](unit:tenths)", "[bad](unit:Bad_Id)", "[top](#top)", "[call](tel:123)", "[x](ftp:x)", "[abs](/assets/tiles.png)",
            "[q](../../assets/tiles.png?v=2#a)", "[t](u \"title\")", "[ t](u)", "[t] (u)", "[t]", "[](u)", "![](u)", "[t](u",
            "[a*b](u)", "[a](u_v)", "!", "[x](<u>)", "[1](%zz)", "see[x](u)", "[x](u)y"};
        String[] after = {"", "", "", ".", ",", "!", "?", ";", ":", ")"};
        java.util.Random random = new java.util.Random(7);
        int shortcut = 0;
        int linked = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int w = 0; w < count; w++) {
                if (w > 0) {
                    sb.append(random.nextInt(10) == 0 ? "" : " ");
                }
                sb.append(words[random.nextInt(words.length)]).append(after[random.nextInt(after.length)]);
            }
            String s = sb.toString();
            String simple = SimpleParagraph.render(s, url -> url);
            if (simple != null) {
                shortcut++;
                MarkdownRenderer.Result fast = md.render(s, unitPage);
                MarkdownRenderer.Result full = md.renderWithFlexmark(s, unitPage);
                linked += fast.html().contains("<a ") || fast.html().contains("<img ") ? 1 : 0;
                assertEquals(full.html(), fast.html(), s);
                assertEquals(full.unitLinks(), fast.unitLinks(), s);
                assertEquals(full.problems(), fast.problems(), s);
            }
        }
        assertTrue(shortcut > 3_000 && linked > 2_000, "the shortcut took only " + shortcut + " fields, " + linked + " with links");
    }

    @Test
    void theSanitizerDropsWhatTheRendererMightLetThrough() {
        String dirty = "<p onclick=\"x()\">a<script>b()</script><iframe src=\"e\"></iframe><a href=\"javascript:c()\">d</a>"
                + "<img src=\"x.png\" onerror=\"f()\"><form><input></form><span style=\"color:red\">s</span></p>";
        String clean = HtmlSanitizer.sanitize(dirty);
        for (String bad : new String[] {"onclick", "<script", "iframe", "javascript:", "onerror", "<form", "<input", "style="}) {
            assertFalse(clean.contains(bad), bad + " in " + clean);
        }
        assertTrue(clean.contains("<img src=\"x.png\" />"), clean);
    }

    @Test
    void deepBlockQuotesAreAProblemNotAStackOverflow() {
        var r = md.render(">".repeat(1000) + " deep", unitPage);
        assertEquals("markdown-too-deep", r.problems().get(0).code(), r.problems().toString());
        assertTrue(r.html().startsWith("<p>&gt;&gt;&gt;"), r.html());
    }

    @Test
    void deeplyNestedListsAreAProblemNotAStackOverflow() {
        StringBuilder indented = new StringBuilder();
        for (int level = 0; level < 500; level++) {
            indented.append("  ".repeat(level)).append("- item\n");
        }
        assertEquals("markdown-too-deep", md.render(indented.toString(), unitPage).problems().get(0).code());
        assertEquals("markdown-too-deep", md.render("- ".repeat(500) + "item", unitPage).problems().get(0).code());
    }

    @Test
    void deepEmphasisAndImagesAreAProblemNotAStackOverflow() {
        assertEquals("markdown-too-deep", md.render("*a ".repeat(500) + "b" + " c*".repeat(500), unitPage).problems().get(0).code());
        assertEquals("markdown-too-deep", md.render("![".repeat(500) + "a" + "](b.png)".repeat(500), unitPage).problems().get(0).code());
        assertEquals("markdown-too-complex", md.render("*".repeat(20000) + "a" + "*".repeat(20000), unitPage).problems().get(0).code());
    }

    @Test
    void nestingAsDeepAsTeachersWriteStillRenders() {
        var r = md.render("> > - *a **b [c](https://x.org)***\n>\n> 1. - - item", unitPage);
        assertEquals(0, r.problems().size(), r.problems().toString());
        assertTrue(r.html().contains("<blockquote>"), r.html());
    }

    @Test
    void backtickRunsThatNothingClosesAreLiteral() {
        assertEquals("<p>&#96; &#96;&#96;&#96; <code>a</code> &#96;&#96;&#96;&#96;</p>\n", md.render("` ``` ``a`` ````", unitPage).html());
        StringBuilder runs = new StringBuilder();
        for (int length = 1; length <= 300; length++) {
            runs.append("`".repeat(length)).append(' ');
        }
        assertEquals("<p>" + runs.toString().strip().replace("`", "&#96;") + "</p>\n", md.render(runs.toString(), unitPage).html());
    }

    @Test
    void unclosedLinksAndImagesStayText() {
        String links = "[a](b".repeat(16000);
        assertEquals("<p>" + links + "</p>\n", md.render(links, unitPage).html());
        String images = "![a](b".repeat(16000);
        assertEquals("<p>" + images + "</p>\n", md.render(images, unitPage).html());
    }

    @Test
    void aLinkDestinationHoldsAtMost32UnclosedParentheses() {
        var fine = md.render("[a](x" + "(".repeat(32) + ")".repeat(32) + ")", unitPage);
        assertEquals("missing-asset", fine.problems().get(0).code()); // a link, to a file that is not there
        var tooMany = md.render("[a](x" + "(".repeat(33) + ")".repeat(33) + ")", unitPage);
        assertEquals(List.of(), tooMany.problems()); // text, as CommonMark allows for such nesting
        assertTrue(tooMany.html().startsWith("<p>[a](x((("), tooMany.html());
    }
}
