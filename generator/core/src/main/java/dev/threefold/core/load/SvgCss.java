package dev.threefold.core.load;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The CSS of an SVG ({@code <style>} elements and {@code style} attributes). A current browser
 * runs no script from CSS (no {@code expression()}, no bindings, no {@code javascript:} in
 * {@code url()}); what CSS can still do is load other files. So it is allowed, with the links
 * in it held to the rule of attribute values ({@link SvgLinks}), without {@code @import} (a
 * style sheet elsewhere is not checked, and could change after the build), and without
 * escapes ({@code \75 rl(} is {@code url(}), which would hide a link from that reading.
 */
final class SvgCss {

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private SvgCss() {
    }

    /** Why this CSS is refused, or empty; {@code where} names it for the message (e.g. "style of <rect>"). */
    static Optional<String> problem(String css, String where) {
        if (css.indexOf('\\') >= 0) {
            return Optional.of("the SVG's CSS (" + where + ") uses an escape (\\), which could hide a link");
        }
        if (SvgLinks.normalized(css).contains("@import")) {
            return Optional.of("the SVG's CSS (" + where + ") imports another style sheet (@import), which is not checked");
        }
        // Read with and without comments: image-set(/**/"data:...") is a link, "/*" in a string is no comment.
        return SvgLinks.refusedSchemeInCss(css).or(() -> SvgLinks.refusedSchemeInCss(COMMENT.matcher(css).replaceAll("")))
                .map(scheme -> SvgCheck.schemeProblem(scheme, where));
    }
}
