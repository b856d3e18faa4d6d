package dev.threefold.core.model;

import dev.threefold.core.diag.Position;

/** A reference to something defined elsewhere (standard, unit, norm, initiative), with where it was written. */
public record Ref(String id, Position at, String keyPath) {
}
