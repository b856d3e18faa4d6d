package dev.threefold.core.model;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each short text that many units repeat: role names, entry-point labels, tags,
 * and key paths such as {@code lessons[2].activities[0]}. Bound units live until their pages are
 * written, so every repeat is copied by the collector into memory touched for the first time;
 * 10,000 benchmark units held 42 MB of repeats. Bounded, since the preview server binds for hours.
 * (The build cache's reader does not use it: in a rebuild's cold JVM the lookups cost more time
 * than the memory they saved.)
 */
public final class TextPool {

    /** Longer texts are prose, which rarely repeats. */
    public static final int MAX_LENGTH = 40;
    private static final int MAX_TEXTS = 1 << 16;
    private static final ConcurrentHashMap<String, String> POOL = new ConcurrentHashMap<>();

    private TextPool() {
    }

    /** The pooled copy of {@code text}, equal to it; {@code text} itself when it is long, new and the pool is full, or null. */
    public static String of(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return text;
        }
        String pooled = POOL.get(text);
        if (pooled != null) {
            return pooled;
        }
        if (POOL.size() >= MAX_TEXTS) {
            return text;
        }
        pooled = POOL.putIfAbsent(text, text);
        return pooled == null ? text : pooled;
    }
}
