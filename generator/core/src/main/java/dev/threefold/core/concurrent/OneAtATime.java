package dev.threefold.core.concurrent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs an action on every item on all cores, each core taking the next item
 * as soon as it is free. A parallel stream instead splits the list into a few
 * large runs up front (on two cores, four runs of a quarter each): the site's
 * sixty list and report pages (seconds of work at 10,000 units) then sit in one
 * run behind each other on one core while the other core has long finished its
 * run of kept unit pages, and binding 10,000 units ended with its last run,
 * about a second, on one core.
 */
public final class OneAtATime {

    private OneAtATime() {
    }

    public static <T> void each(List<T> items, Consumer<T> action) {
        forEachIndex(items.size(), i -> action.accept(items.get(i)));
    }

    /** {@code f} of every item, in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        List<R> results = Arrays.asList(newArray(items.size()));
        forEachIndex(items.size(), i -> results.set(i, f.apply(items.get(i))));
        return Collections.unmodifiableList(results);
    }

    @SuppressWarnings("unchecked")
    private static <R> R[] newArray(int size) {
        return (R[]) new Object[size];
    }

    private static void forEachIndex(int size, IntConsumer action) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                action.accept(i);
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int i = 0; i < ForkJoinPool.getCommonPoolParallelism(); i++) {
            helpers.add(ForkJoinPool.commonPool().submit(worker));
        }
        worker.run();
        helpers.forEach(ForkJoinTask::join);
    }
}
