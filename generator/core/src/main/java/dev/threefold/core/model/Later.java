package dev.threefold.core.model;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A value at hand, or read from a source on first use by whichever thread asks first: a unit's
 * prose and lessons, which a unit from the build cache brings as bytes (see {@link Prose} and
 * {@link Lessons}).
 */
public final class Later<T> {

    private final Supplier<T> source;
    /** What a value read from the source goes through before it is kept: a check, a copy. */
    private final UnaryOperator<T> keep;
    private volatile T value;

    private Later(Supplier<T> source, UnaryOperator<T> keep, T value) {
        this.source = source;
        this.keep = keep;
        this.value = value;
    }

    /** A value at hand. */
    public static <T> Later<T> of(T value) {
        return new Later<>(null, null, Objects.requireNonNull(value));
    }

    /** A value read from {@code source} on first use and passed through {@code keep}, which may refuse it by throwing. */
    public static <T> Later<T> from(Supplier<T> source, UnaryOperator<T> keep) {
        return new Later<>(Objects.requireNonNull(source), Objects.requireNonNull(keep), null);
    }

    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) {
                    value = Objects.requireNonNull(keep.apply(Objects.requireNonNull(source.get(), "nothing read")));
                }
                v = value;
            }
        }
        return v;
    }

    /** Where a value not yet read comes from, or null when it was given at hand. */
    public Supplier<T> source() {
        return source;
    }

    /** Whether the value is in memory (given at hand, or read since). */
    public boolean isRead() {
        return value != null;
    }
}
