package dev.threefold.core.model;

import java.util.function.Supplier;

/**
 * A unit's {@link UnitProse}, at hand or read on first use, as {@link Lessons} are: a unit
 * from the build cache comes with its prose still as bytes, and a rebuild after an edit to one
 * unit reads the prose of that unit and its neighbours only. Two are equal when their prose is.
 */
public final class Prose {

    private final Later<UnitProse> prose;

    private Prose(Later<UnitProse> prose) {
        this.prose = prose;
    }

    /** Prose at hand. */
    public static Prose of(UnitProse prose) {
        return new Prose(Later.of(prose));
    }

    /** Prose read from {@code source} on first use, by whichever thread asks first. */
    public static Prose later(Supplier<UnitProse> source) {
        return new Prose(Later.from(source, read -> read));
    }

    public UnitProse get() {
        return prose.get();
    }

    /** Where prose not yet read comes from, or null when it was given at hand. */
    public Supplier<UnitProse> source() {
        return prose.source();
    }

    /** Whether the prose is in memory (given at hand, or read since). */
    public boolean isRead() {
        return prose.isRead();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Prose other && get().equals(other.get());
    }

    @Override
    public int hashCode() {
        return get().hashCode();
    }

    @Override
    public String toString() {
        return get().toString();
    }
}
