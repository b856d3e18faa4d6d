package dev.threefold.core.model;

import java.util.List;

/**
 * A step of a lesson (or a unit's provocation). {@code description}, {@code studentText} and {@code grouping} may be
 * null. {@code description} speaks to the teacher; {@code studentText}, when given, is what the class reads instead.
 */
public record Activity(String title, Dimension dimension, int minutes, Markdown description, Markdown studentText,
                       List<EntryPoint> entryPoints, Grouping grouping, List<String> materials,
                       List<Prompt> reflectionPrompts, dev.threefold.core.diag.Position at, String keyPath) {
}
