package dev.threefold.core.model;

/** A role in a small group; {@code description} is null when only the name is given. */
public record Role(String name, String description) {
}
