package dev.threefold.core.model;

/** One way into a shared task; {@code level} is null when not given. */
public record EntryPoint(String label, Level level, Markdown description) {
}
