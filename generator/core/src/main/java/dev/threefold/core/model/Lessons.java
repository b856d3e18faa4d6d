package dev.threefold.core.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A unit's lessons: an immutable list that may be read only when first used.
 * Lessons are most of a unit, and a rebuild read from the build cache shows
 * the lessons of a few units only (the edited unit's pages); the rest come as
 * a {@link #later} list and are never decoded. Each dimension's minutes are
 * known without reading the lessons, so a unit's card and balance need none.
 */
public final class Lessons extends AbstractList<Lesson> implements RandomAccess {

    private final int size;
    private final int[] minutes;
    private final Supplier<List<Lesson>> source;
    private volatile List<Lesson> lessons;

    private Lessons(int size, int[] minutes, Supplier<List<Lesson>> source, List<Lesson> lessons) {
        this.size = size;
        this.minutes = minutes;
        this.source = source;
        this.lessons = lessons;
    }

    /** Lessons at hand. */
    public static Lessons of(List<Lesson> lessons) {
        int[] minutes = new int[Dimension.values().length];
        for (Lesson l : lessons) {
            for (Activity a : l.activities()) {
                minutes[a.dimension().ordinal()] += a.minutes();
            }
        }
        return new Lessons(lessons.size(), minutes, null, List.copyOf(lessons));
    }

    /**
     * Lessons read from {@code source} on first use.
     *
     * @param minutes the minutes of their activities per dimension, by {@link Dimension#ordinal()}
     */
    public static Lessons later(int size, int[] minutes, Supplier<List<Lesson>> source) {
        if (minutes.length != Dimension.values().length) {
            throw new IllegalArgumentException("one count of minutes per dimension");
        }
        return new Lessons(size, minutes.clone(), source, null);
    }

    /** The minutes of every lesson's activities in dimension {@code d}, without reading the lessons. */
    public int minutes(Dimension d) {
        return minutes[d.ordinal()];
    }

    /** Where lessons not yet read come from, or null when they were given at hand. */
    public Supplier<List<Lesson>> source() {
        return source;
    }

    /** Whether the lessons are in memory (given at hand, or read since). */
    public boolean isRead() {
        return lessons != null;
    }

    @Override
    public Lesson get(int index) {
        return read().get(index);
    }

    @Override
    public int size() {
        return size;
    }

    private List<Lesson> read() {
        List<Lesson> l = lessons;
        if (l == null) {
            synchronized (this) {
                if (lessons == null) {
                    List<Lesson> read = List.copyOf(source.get());
                    if (read.size() != size) {
                        throw new IllegalStateException("expected " + size + " lessons, read " + read.size());
                    }
                    lessons = read;
                }
                l = lessons;
            }
        }
        return l;
    }
}
