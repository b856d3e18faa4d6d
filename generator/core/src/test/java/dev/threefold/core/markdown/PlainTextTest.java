package dev.threefold.core.markdown;

import dev.threefold.core.model.Markdown;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What search results and a unit page's description show of a markdown summary. */
class PlainTextTest {

    private final MarkdownRenderer md = new MarkdownRenderer();
    private final MarkdownRenderer.Context unitPage =
            new MarkdownRenderer.Context("units/grade-3/fractions.yaml", "../../", Set.of("assets/strips.svg"));

    private String plain(String markdown) {
        return PlainText.of(new Markdown(markdown, md.render(markdown, unitPage).html()));
    }

    @Test
    void dropsMarkupButKeepsTheTextOfLinksAndImages() {
        assertEquals("Learners share things fairly and name the parts. See the strips.",
                plain("Learners share things **fairly** and name the parts. See the [strips](../../assets/strips.svg)."));
        assertEquals("Fold it: a strip", plain("Fold it: ![a strip](../../assets/strips.svg)"));
    }

    @Test
    void keepsCharactersThatAreNotMarkupHere() {
        assertEquals("Compare x > 3 & y < 2 in C# with snake_case names.",
                plain("Compare x > 3 & y < 2 in C# with snake_case names."));
        assertEquals("Say \"why\" it's unfair", plain("Say \"why\" it's unfair"));
    }

    @Test
    void partsParagraphsAndListItemsButNotWords() {
        assertEquals("One. Two. un fair ly", plain("One.\n\nTwo.\n\n- un\n- fair\n- ly"));
        assertEquals("unfairly", plain("un*fair*ly"));
    }

    @Test
    void cutsLongTextAtTheLimit() {
        Markdown m = new Markdown("abcdef ghij", md.render("abcdef ghij", unitPage).html());
        assertEquals("abcdef…", PlainText.of(m, 8));
        assertEquals("abcdef ghij", PlainText.of(m, 11));
    }
}
