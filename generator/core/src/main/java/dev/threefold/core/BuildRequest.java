package dev.threefold.core;

import java.nio.file.Path;

/**
 * What to build.
 *
 * @param content the content folder (holds curriculum.yaml)
 * @param output  the site folder; replaced whole, only on success
 * @param theme   a theme folder laid over the default theme, or null
 * @param strict  warnings fail the build
 * @param baseUrl the site's public address for sitemap.xml, or "" for relative locations
 * @param cache   keep the build cache beside the output ({@code .NAME.threefold-cache}), which makes the
 *                next build of the same output fast; false for a build that is thrown away after, as in
 *                CI, which then neither reads nor writes it (about a tenth less CPU at 10,000 units)
 */
public record BuildRequest(Path content, Path output, Path theme, boolean strict, String baseUrl, boolean cache) {

    public BuildRequest {
        if (content == null) {
            throw new IllegalArgumentException("content folder is required");
        }
        baseUrl = baseUrl == null ? "" : baseUrl.trim();
    }

    /** A request that keeps the build cache. */
    public BuildRequest(Path content, Path output, Path theme, boolean strict, String baseUrl) {
        this(content, output, theme, strict, baseUrl, true);
    }

    /** A request that only checks content. */
    public static BuildRequest validate(Path content, boolean strict) {
        return new BuildRequest(content, null, null, strict, "");
    }
}
