package dev.threefold.core.render.data;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Produces one piece per item on all cores and hands the pieces on in the
 * items' order, a chunk at a time, so a file made of 10,000 unit records is
 * built in parallel, comes out byte-for-byte the same every time, and never
 * sits in memory whole.
 */
final class InOrder {

    private static final int CHUNK = 512;

    private InOrder() {
    }

    static <T, R> void each(List<T> items, Function<T, R> piece, Consumer<R> next) {
        for (int from = 0; from < items.size(); from += CHUNK) {
            items.subList(from, Math.min(items.size(), from + CHUNK)).parallelStream().map(piece).toList().forEach(next);
        }
    }
}
