package dev.threefold.core.model;

import java.util.List;

/** A step of a lesson (or a unit's provocation). {@code description} and {@code grouping} may be null. */
public record Activity(String title, Dimension dimension, int minutes, Markdown description,
                       List<EntryPoint> entryPoints, Grouping grouping, List<String> materials,
                       List<Prompt> reflectionPrompts, dev.threefold.core.diag.Position at, String keyPath) {
}
