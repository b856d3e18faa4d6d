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
 * @param since   a date or git revision: each unit page lists its changes since then; null for none
 */
public record BuildRequest(Path content, Path output, Path theme, boolean strict, String baseUrl, String since) {

    /** A request without "changes since" on unit pages. */
    public BuildRequest(Path content, Path output, Path theme, boolean strict, String baseUrl) {
        this(content, output, theme, strict, baseUrl, null);
    }

    public BuildRequest {
        if (content == null) {
            throw new IllegalArgumentException("content folder is required");
        }
        baseUrl = baseUrl == null ? "" : baseUrl.trim();
    }

    /** A request that only checks content. */
    public static BuildRequest validate(Path content, boolean strict) {
        return new BuildRequest(content, null, null, strict, "");
    }
}
