package dev.threefold.core.diff;

import java.util.List;

/**
 * One curriculum-wide list of the report ("Standards no longer covered", ...), each line a change.
 *
 * @param key a stable id for other tools, e.g. {@code standards-uncovered}
 */
public record Section(String key, String title, List<Change> items) {
}
