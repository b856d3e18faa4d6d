package dev.threefold.core.markdown;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimpleBlocksTest {

    private final MarkdownRenderer md = new MarkdownRenderer();
    private final MarkdownRenderer.Context unitPage =
            new MarkdownRenderer.Context("units/grade-3/fractions.yaml", "../../", Set.of("assets/tiles.png"));

    @Test
    void aTableAndAParagraphRenderAsTheFullPathRendersThem() {
        String notes = "| Step | Note |\n| --- | --- |\n| 1 | Fold the strip, then \"share\" it |\n| 2 | Name é's part |\n\n"
                + "Groups of 3 sort *cards*; see ![tiles](../../../assets/tiles.png).\n";
        String html = SimpleBlocks.render(notes, url -> url);
        assertNotNull(html);
        assertTrue(html.startsWith("<table class=\"md-table\"><thead><tr><th>Step</th><th>Note</th></tr></thead><tbody>"), html);
        assertEquals(md.renderWithFlexmark(notes, unitPage).html(), md.render(notes, unitPage).html());
    }

    @Test
    void tightListsRenderAsTheFullPathRendersThem() {
        for (String s : new String[] {
            "- Survey sheets (tool, number).\n- The letter to *Ms. Ortiz*.\n- Notes: does the child\n  start at 0?",
            "Titles that worked:\n- *Mufaro's Beautiful Daughters* — John Steptoe\n- **Owl Moon**",
            "Three stations.\n\n1. **Ribbon** — share a 48 cm ribbon.\n2. **Pancakes** — share a circle.\n10. Last",
            "3. From three\n4. on\n\n- then bullets\n\nand a paragraph.",
            "- See ![tiles](../../../assets/tiles.png) and [tenths](unit:tenths)\n- a [gone](../../../assets/gone.png) link",
            "- one item",
            "- item\n\npara",
        }) {
            assertNotNull(SimpleBlocks.render(s, url -> url), s);
            assertEquals(md.renderWithFlexmark(s, unitPage), md.render(s, unitPage), s);
        }
    }

    @Test
    void anythingButPlainTablesParagraphsAndTightListsTakesTheFullPath() {
        for (String s : new String[] {
            "| a | b |\n| :-- | --- |\n| 1 | 2 |", // alignment
            "| a | b |\n| -- | --- |\n| 1 | 2 |", // two dashes
            "| a | b |\n| --- | --- |", // no body row
            "| a | b |\n| --- | --- |\n| 1 |", // a cell short
            "| a | b |\n| --- | --- |\n| 1 | |", // an empty cell
            "| a | b |\n| --- | --- |\n| 1 | *2* |", // emphasis in a cell
            "| a | b |\n| --- | --- |\n| 1 | [x](u) |", // a link in a cell
            "a | b\n--- | ---\n1 | 2", // no outer pipes
            "| a | b |\n| --- | --- |\n| 1 | 2 |\nnext", // a paragraph line in the table
            "one \ntwo", // a paragraph of two lines with a space before the break
            "- a\n\n- b", // a loose list
            "one\n- a\n\n- b", // a loose list after a paragraph
            "- a\n- b\n  - c", // a nested list
            "- a\nlazy", // a lazy continuation line
            "- a\n   deeper", // a line indented past the item's text
            "* a\n* b", "+ a", "1) a", "01. a", "-  a", "- a\n1. b", "1. a\n\n2. b", "one\n1. a", "- ", "-\n- a",
            "one\n\n\ntwo", // two blank lines
            "| a | b |\n| --- | --- |\n| 1 | www.example.org |", // an autolink
        }) {
            assertNull(SimpleBlocks.render(s, url -> url), s);
        }
    }

    /**
     * Random fields of one to four blocks: paragraphs and tables of random shape, with cells of
     * words, punctuation, markup and spaces, near-miss delimiter rows, missing pipes, one or two
     * blank lines between blocks, a final newline or none. Wherever the shortcut answers,
     * flexmark and the sanitizer agree to the byte.
     */
    @Test
    void theShortcutAgreesWithFlexmarkOnRandomFields() {
        String[] words = {"fold", "Strip", "3", "é", "it's", "\"fair\"", "-", "#", "1.", "—", "a>b", "x<y", "1/2", "%", "$5",
            "**share**", "*again*", "---", "+", "=", ":", "\u00a0x", "Ωmega", "a_b", "`c`", "![tiles](../../../assets/tiles.png)"};
        String[] plain = {"fold", "Strip", "3", "é", "it's", "\"fair\"", "-", "#", "1.", "—", "a>b", "x<y", "1/2", "%", "$5",
            "+", "=", ":", "\u00a0x", "Ωmega", "---", "?"};
        String[] delimiters = {"---", "---", "---", "---", "---", "---", "---", "---", "----", "--", ":---", "---:", "- -", "==="};
        Random random = new Random(3);
        int shortcut = 0;
        int tables = 0;
        int lists = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder sb = new StringBuilder();
            int blocks = 1 + random.nextInt(4);
            for (int b = 0; b < blocks; b++) {
                if (b > 0) {
                    sb.append(random.nextInt(10) == 0 ? "\n\n\n" : "\n\n");
                }
                if (random.nextInt(4) == 0) {
                    String[] markers = {"- ", "- ", "- ", "1. ", "2. ", "* ", "-  ", "1) "};
                    String marker = markers[random.nextInt(markers.length)];
                    for (int item = 1 + random.nextInt(4); item > 0; item--) {
                        sb.append(random.nextInt(12) == 0 ? markers[random.nextInt(markers.length)] : marker)
                                .append(words(random, random.nextInt(3) == 0 ? words : plain, 1 + random.nextInt(4)));
                        if (random.nextInt(4) == 0) { // the item's text goes on under it, or not quite
                            sb.append('\n').append(random.nextInt(6) == 0 ? "" : " ".repeat(marker.length()))
                                    .append(words(random, plain, 1 + random.nextInt(3)));
                        }
                        sb.append(item > 1 ? "\n" : "");
                    }
                } else if (random.nextBoolean()) {
                    int columns = 1 + random.nextInt(3);
                    int rows = random.nextInt(10) == 0 ? 2 : 3 + random.nextInt(3);
                    for (int r = 0; r < rows; r++) {
                        if (r > 0) {
                            sb.append('\n');
                        }
                        int cells = random.nextInt(40) == 0 ? columns + 1 : columns;
                        sb.append(random.nextInt(40) == 0 ? "" : "|");
                        for (int c = 0; c < cells; c++) {
                            String pad = random.nextInt(6) == 0 ? "" : " ";
                            String cell = r == 1 ? delimiters[random.nextInt(delimiters.length)]
                                    : random.nextInt(40) == 0 ? "" : words(random, random.nextInt(30) == 0 ? words : plain, 1 + random.nextInt(3));
                            sb.append(pad).append(cell).append(pad).append('|');
                        }
                    }
                } else {
                    String paragraph = (random.nextInt(10) == 0 ? "" : "Fold ") + words(random, random.nextInt(3) == 0 ? words : plain, 1 + random.nextInt(6));
                    int space = paragraph.indexOf(' ', random.nextInt(paragraph.length()));
                    if (space > 0 && random.nextInt(3) == 0) { // wrapped as in a block scalar
                        paragraph = paragraph.substring(0, space) + "\n" + paragraph.substring(space + 1);
                    }
                    sb.append(paragraph);
                }
            }
            if (random.nextBoolean()) {
                sb.append('\n');
            }
            String s = sb.toString();
            String simple = SimpleBlocks.render(s, url -> MarkdownRenderer.normalize("", url));
            if (simple != null) {
                shortcut++;
                tables += simple.contains("<table") && s.contains("\n\n") ? 1 : 0;
                lists += simple.contains("<li>") ? 1 : 0;
                assertEquals(md.renderWithFlexmark(s, unitPage).html(), md.render(s, unitPage).html(), s);
            }
        }
        assertTrue(shortcut > 2_000 && tables > 200 && lists > 300, "the shortcut took only " + shortcut + " fields, "
                + tables + " of several blocks with a table, " + lists + " with a list");
    }

    private static String words(Random random, String[] words, int count) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < count; w++) {
            sb.append(w > 0 ? " " : "").append(words[random.nextInt(words.length)]);
        }
        return sb.toString();
    }
}
