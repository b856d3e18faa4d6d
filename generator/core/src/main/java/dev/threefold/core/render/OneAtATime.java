package dev.threefold.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs an action on every item on all cores, each core taking the next item
 * as soon as it is free. A parallel stream instead splits the list into a few
 * large runs up front: the site's sixty list and report pages (seconds of
 * work at 10,000 units) then sit in one run behind each other on one core
 * while the other core has long finished its run of kept unit pages.
 */
final class OneAtATime {

    private OneAtATime() {
    }

    static <T> void each(List<T> items, Consumer<T> action) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                action.accept(items.get(i));
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
