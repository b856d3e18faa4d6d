package dev.threefold.core.model;

/**
 * curriculum.equity: the share (0..1) of a grade's small-group minutes grouped by readiness above
 * which the access report warns, since grouping by readiness again and again becomes tracking.
 */
public record Equity(double maxReadinessShare) {
    public static final Equity DEFAULT = new Equity(0.5);
}
