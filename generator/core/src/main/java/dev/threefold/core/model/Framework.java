package dev.threefold.core.model;

import java.util.List;

/** A standards framework file; {@code url} is null when absent. */
public record Framework(String id, String title, String url, List<Standard> standards,
                        dev.threefold.core.diag.Position at) {
}
