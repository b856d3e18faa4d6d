package dev.threefold.core.markdown;

import dev.threefold.core.model.Markdown;
import org.owasp.html.Encoding;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A markdown field as plain text, for places that show no markup: the search results' excerpts,
 * a unit page's meta description and its JSON-LD description (what search engines and link
 * previews show). Made from the rendered HTML, not the source, so markdown's own rules decide
 * what is markup: "**fair**" loses its stars, "C#", "x > 3" and "snake_case" keep their
 * characters. Images give their alt text; paragraphs and list items are parted by a space.
 */
public final class PlainText {

    /** Elements that part words: ending one or starting one between two words leaves a space. */
    private static final Set<String> BLOCKS = Set.of("p", "br", "li", "ul", "ol", "blockquote", "pre", "hr", "div",
            "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "dt", "dd");
    private static final Pattern NAME = Pattern.compile("</?([a-zA-Z0-9]+)");
    private static final Pattern ALT = Pattern.compile("\\salt=\"([^\"]*)\"");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {
    }

    /** "See the [map](map.svg), *then* draw" → "See the map, then draw". */
    public static String of(Markdown m) {
        return fromHtml(m.html());
    }

    /** As {@link #of(Markdown)}, cut to at most {@code max} characters, the cut marked with "…". */
    public static String of(Markdown m, int max) {
        String s = of(m);
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }

    /** The text of sanitized HTML (as markdown fields hold it): tags dropped, entities decoded. */
    static String fromHtml(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            int open = html.indexOf('<', i);
            if (open < 0) {
                text.append(html, i, html.length());
                break;
            }
            text.append(html, i, open);
            int close = tagEnd(html, open);
            String tag = html.substring(open, close);
            Matcher name = NAME.matcher(tag);
            if (name.lookingAt()) {
                String element = name.group(1).toLowerCase(java.util.Locale.ROOT);
                if (element.equals("img")) {
                    Matcher alt = ALT.matcher(tag);
                    text.append(alt.find() ? alt.group(1) : "");
                } else if (BLOCKS.contains(element)) {
                    text.append(' ');
                }
            }
            i = close;
        }
        return SPACES.matcher(Encoding.decodeHtml(text.toString())).replaceAll(" ").strip();
    }

    /** Just past the '>' closing the tag that starts at {@code open}, quoted attribute values skipped. */
    private static int tagEnd(String html, int open) {
        char quote = 0;
        for (int i = open + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return html.length();
    }
}
