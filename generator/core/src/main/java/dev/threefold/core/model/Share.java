package dev.threefold.core.model;

/** Allowed share (0..1) of a unit's minutes for one dimension. */
public record Share(double min, double max) {
    public static final Share DEFAULT = new Share(0.15, 1.0);
}
