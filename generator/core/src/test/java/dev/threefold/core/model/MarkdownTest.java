package dev.threefold.core.model;

import dev.threefold.core.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plain paragraph's HTML is made on demand, and every field still gives back exactly the HTML it was rendered to. */
class MarkdownTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final MarkdownRenderer.Context unitPage = new MarkdownRenderer.Context("units/g/x.yaml", "../../", Set.of());

    @Test
    void everyFieldGivesBackItsRenderedHtml() {
        for (String source : new String[] {"Fold the strip in two.", "Fold *twice*.", "Use < and & signs.", "a\n\nb",
                "Line one\nline two", "", "<p>", "Say \"why\".", "- one\n- two"}) {
            String html = renderer.render(source, unitPage).html();
            Markdown m = new Markdown(source, html);
            assertEquals(html, m.html(), source);
            assertEquals(m, new Markdown(source, html), "the same field twice is equal");
        }
    }

    @Test
    void onlyAPlainParagraphIsMadeOnDemand() {
        assertTrue(new Markdown("Fold the strip in two.", "<p>Fold the strip in two.</p>\n").isPlainParagraph());
        assertFalse(new Markdown("Fold *twice*.", "<p>Fold <em>twice</em>.</p>\n").isPlainParagraph());
        assertFalse(new Markdown("a & b", "<p>a &amp; b</p>\n").isPlainParagraph());
        assertFalse(new Markdown("ab", "<p>ab</p>").isPlainParagraph(), "no closing line end: kept as rendered");
        assertEquals("<p>ab</p>", new Markdown("ab", "<p>ab</p>").html());
    }
}
