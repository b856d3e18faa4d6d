package dev.threefold.core.load;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assets are copied into the site as they are, and a reader may open one directly, so an asset
 * must never run script in a reader's browser. Only the types a curriculum publishes are
 * allowed (a list of types allowed, not of types known to be bad), and an SVG only when
 * {@link SvgCheck} finds nothing in it that could run script.
 */
public final class AssetCheck {

    /**
     * Pictures, documents, audio, video, subtitles, fonts and zip archives: a browser shows,
     * plays or downloads these, and runs no script from them. Not HTML, XML or JavaScript.
     */
    private static final Set<String> ALLOWED = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "avif", "ico", "bmp", "svg",
            "pdf", "txt", "md", "csv", "rtf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "odg", "epub",
            "mp3", "m4a", "ogg", "oga", "opus", "wav", "flac", "mp4", "m4v", "webm", "ogv", "vtt",
            "woff", "woff2", "ttf", "otf", "zip");

    private static final String ALLOWED_LIST = String.join(", ", new TreeSet<>(ALLOWED));

    private AssetCheck() {
    }

    /** Whether the asset's bytes are read to tell (an SVG), not only its name. */
    public static boolean isParsed(String path) {
        return extension(path).equals("svg");
    }

    /** The lower-cased extension of the file name; empty when it has none. */
    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Why this asset is refused, or empty when it is safe to publish. */
    public static Optional<String> problem(String path, byte[] bytes) {
        String ext = extension(path);
        if (ext.equals("svgz")) {
            // A compressed drawing is served as gzip bytes, which hide what is in it; plain SVG is checked.
            return Optional.of(".svgz files are not published: save the drawing as plain .svg, which can be checked for scripts");
        }
        if (!ALLOWED.contains(ext)) {
            String type = ext.isEmpty() ? "files without an extension" : "." + ext + " files";
            return Optional.of(type + " are not published; assets may be " + ALLOWED_LIST);
        }
        return ext.equals("svg") ? SvgCheck.problem(bytes) : Optional.empty();
    }
}
