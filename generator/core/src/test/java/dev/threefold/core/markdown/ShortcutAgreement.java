package dev.threefold.core.markdown;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The property that makes the markdown shortcuts ({@link SimpleParagraph}, {@link SimpleBlocks})
 * safe to use: wherever one answers, flexmark and the sanitizer give the same HTML, unit links
 * and problems.
 */
public final class ShortcutAgreement {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final MarkdownRenderer.Context CONTEXT =
            new MarkdownRenderer.Context("units/g/x.yaml", "../../", Set.of("assets/a.png"));

    private ShortcutAgreement() {
    }

    /** @return whether a shortcut took the field; when it did, the full path agreed (asserted) */
    public static boolean check(String source) {
        if (SimpleBlocks.render(source, url -> url) == null) {
            return false;
        }
        MarkdownRenderer.Result fast = MARKDOWN.render(source, CONTEXT);
        MarkdownRenderer.Result full = MARKDOWN.renderWithFlexmark(source, CONTEXT);
        assertEquals(full.html(), fast.html(), () -> "different HTML for\n" + source);
        assertEquals(full.unitLinks(), fast.unitLinks(), () -> "different unit links for\n" + source);
        assertEquals(full.problems(), fast.problems(), () -> "different problems for\n" + source);
        return true;
    }
}
