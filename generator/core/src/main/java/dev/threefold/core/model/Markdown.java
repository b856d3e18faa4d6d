package dev.threefold.core.model;

/**
 * A markdown field: the source as written and its HTML, rendered once at bind
 * time (links already rewritten, raw HTML escaped). Unit markdown is rendered
 * for pages two folders deep ({@code units/<id>/}, {@code grades/<slug>/}, ...);
 * curriculum markdown for the site root.
 */
public record Markdown(String source, String html) {
}
