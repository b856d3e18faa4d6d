package dev.threefold.core.markdown;

import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * A whitelist of the HTML that CommonMark with tables produces. Markdown's raw
 * HTML is already escaped by the renderer; this second, independent line of
 * defence guarantees no script, handler, style, frame or form reaches a page
 * whatever a future renderer option lets through.
 */
final class HtmlSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4",
                    "h5", "h6", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "a", "img", "del")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("md-table")).onElements("table")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,40}")).onElements("code")
            .toFactory();

    private HtmlSanitizer() {
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** Text escaped exactly as the sanitizer writes text, for the plain-paragraph shortcut. */
    static String escapeText(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        try {
            Encoding.encodeRcdataOnto(text, sb);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }
}
