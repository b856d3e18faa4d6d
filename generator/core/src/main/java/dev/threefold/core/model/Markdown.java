package dev.threefold.core.model;

/**
 * A markdown field: the source as written and its HTML, rendered once at bind
 * time (links already rewritten, raw HTML escaped). Unit markdown is rendered
 * for pages two folders deep ({@code units/<id>/}, {@code grades/<slug>/}, ...);
 * curriculum markdown for the site root.
 *
 * <p>Most fields are one plain paragraph, whose HTML is the source between
 * {@code <p>} and {@code </p>}. Such HTML is not kept but made again when
 * asked for: it was a quarter of the text of 10,000 bound units, held in
 * memory through the build.
 */
public record Markdown(String source, String html) {

    private static final String OPEN = "<p>";
    private static final String CLOSE = "</p>\n";

    /** @param html the rendered HTML; null means a plain paragraph of {@code source} */
    public Markdown {
        if (html != null && source != null && isParagraphOf(source, html)) {
            html = null;
        }
    }

    /** The HTML, as rendered. */
    @Override
    public String html() {
        return html != null ? html : OPEN.concat(source).concat(CLOSE); // at its size, on every page that shows it
    }

    /** Whether the HTML is the source as one plain paragraph (and so not kept). */
    public boolean isPlainParagraph() {
        return html == null;
    }

    private static boolean isParagraphOf(String source, String html) {
        return html.length() == OPEN.length() + source.length() + CLOSE.length()
                && html.startsWith(OPEN) && html.endsWith(CLOSE)
                && html.regionMatches(OPEN.length(), source, 0, source.length());
    }
}
