package dev.threefold.core;

import dev.threefold.core.write.MemorySink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content written to attack readers: script in every field. Every built page
 * is parsed as a browser would parse it: no script element, event handler,
 * javascript:/data: URL, frame, form, object or style element may come from
 * the content. JSON and XML files may not hold a raw '<' from the content.
 */
class HostileContentTest {

    private static final Set<String> FORBIDDEN = Set.of("script", "iframe", "frame", "object", "embed", "form", "input",
            "style", "details", "base", "link[rel=import]", "meta[http-equiv=refresh]");

    private static final MemorySink SITE = Fixtures.buildInMemory(Fixtures.site("hostile"));

    @Test
    void noPageCarriesScriptFromTheContent() {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> page : SITE.pages().entrySet()) {
            if (!page.getKey().endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(new String(page.getValue(), StandardCharsets.UTF_8));
            for (String tag : FORBIDDEN) {
                doc.select(tag).stream().filter(e -> !isTheme(e))
                        .forEach(e -> found.add(page.getKey() + ": <" + e.tagName() + "> " + e.outerHtml()));
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String name = a.getKey().toLowerCase(Locale.ROOT);
                    String value = a.getValue().trim().toLowerCase(Locale.ROOT);
                    if (name.startsWith("on")) {
                        found.add(page.getKey() + ": " + name + " on <" + e.tagName() + ">");
                    }
                    if ((name.equals("href") || name.equals("src") || name.equals("action") || name.endsWith(":href"))
                            && (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"))) {
                        found.add(page.getKey() + ": " + name + "=" + value);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /**
     * What the theme itself puts on pages: its script files (no inline code), JSON-LD data
     * blocks without markup, and its search and filter forms.
     */
    private static boolean isTheme(Element e) {
        String src = e.attr("src");
        return switch (e.tagName()) {
            case "script" -> e.attr("type").equals("application/ld+json") ? !e.data().contains("<")
                    : e.data().isBlank() && (src.matches("(\\.\\./)*theme/[a-z0-9./-]+\\.js") || src.matches("(\\.\\./)*search/index\\.js"));
            case "form" -> e.hasClass("site-search") || e.hasClass("search-page") || e.hasClass("filters");
            // the printed page's running header: its one string holds only letters, digits, spaces and hex escapes
            case "style" -> e.attr("media").equals("print")
                    && e.data().matches("@page \\{ @top-left \\{ content: \"[A-Za-z0-9 \\\\]*\"; \\} \\}");
            case "input" -> e.closest("form.site-search, form.search-page") != null && e.attr("type").equals("search");
            default -> false;
        };
    }

    @Test
    void dataFilesEscapeMarkup() {
        for (Map.Entry<String, byte[]> page : SITE.pages().entrySet()) {
            String text = new String(page.getValue(), StandardCharsets.UTF_8);
            if (page.getKey().endsWith(".json") || page.getKey().equals("search/index.js")) {
                assertFalse(text.contains("<"), page.getKey());
            } else if (page.getKey().endsWith(".xml")) {
                Document xml = Jsoup.parse(text, "", Parser.xmlParser());
                assertTrue(xml.select("script").isEmpty(), page.getKey());
            }
        }
    }

    @Test
    void hostileTextIsShownAsText() {
        String unit = SITE.text("units/hostile/index.html");
        Document doc = Jsoup.parse(unit);
        assertEquals("</title><script>alert('unit title')</script>", doc.selectFirst("h1").text());
        assertTrue(unit.contains("<a href=\"https://example.org\">ok</a>"), "safe links survive");
    }
}
