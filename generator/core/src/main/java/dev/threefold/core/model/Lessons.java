package dev.threefold.core.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A unit's lessons: an immutable list that may be read only when first used.
 * Lessons are most of a unit, and a rebuild read from the build cache shows
 * the lessons of a few units only (the edited unit's pages); the rest come as
 * a {@link #later} list and are never decoded. Each dimension's minutes and
 * what the reports need ({@link LessonFacts}) are known without reading the
 * lessons, so a unit's card, its balance and the reports need none.
 */
public final class Lessons extends AbstractList<Lesson> implements RandomAccess {

    private final int size;
    private final int[] minutes;
    private final Later<List<Lesson>> lessons;
    private volatile LessonFacts facts;

    private Lessons(int size, int[] minutes, LessonFacts facts, Later<List<Lesson>> lessons) {
        this.size = size;
        this.minutes = minutes;
        this.facts = facts;
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
        return new Lessons(lessons.size(), minutes, null, Later.of(List.copyOf(lessons)));
    }

    /**
     * Lessons read from {@code source} on first use.
     *
     * @param minutes the minutes of their activities per dimension, by {@link Dimension#ordinal()}
     */
    public static Lessons later(int size, int[] minutes, Supplier<List<Lesson>> source) {
        return later(size, minutes, null, source);
    }

    /**
     * As {@link #later(int, int[], Supplier)}, with what the reports need of them.
     *
     * @param facts the lessons' {@link LessonFacts}, or null to count them from the lessons when asked
     */
    public static Lessons later(int size, int[] minutes, LessonFacts facts, Supplier<List<Lesson>> source) {
        if (minutes.length != Dimension.values().length) {
            throw new IllegalArgumentException("one count of minutes per dimension");
        }
        return new Lessons(size, minutes.clone(), facts, Later.from(source, read -> {
            if (read.size() != size) {
                throw new IllegalStateException("expected " + size + " lessons, read " + read.size());
            }
            return List.copyOf(read);
        }));
    }

    /** What the reports need of the lessons: known without reading them when given to {@link #later}. */
    public LessonFacts facts() {
        LessonFacts f = facts;
        if (f == null) {
            f = LessonFacts.count(read());
            facts = f;
        }
        return f;
    }

    /** The minutes of every lesson's activities in dimension {@code d}, without reading the lessons. */
    public int minutes(Dimension d) {
        return minutes[d.ordinal()];
    }

    /** Where lessons not yet read come from, or null when they were given at hand. */
    public Supplier<List<Lesson>> source() {
        return lessons.source();
    }

    /** Whether the lessons are in memory (given at hand, or read since). */
    public boolean isRead() {
        return lessons.isRead();
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
        return lessons.get();
    }
}
