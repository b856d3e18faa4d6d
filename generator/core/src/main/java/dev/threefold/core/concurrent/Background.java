package dev.threefold.core.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work done on a thread of its own while the build goes on, such as the theme,
 * read while the content is read and bound. The thread is a daemon: a build
 * that stops early does not wait for a value it never asks for.
 */
public final class Background<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Background() {
    }

    public static <T> Background<T> start(String name, Supplier<T> work) {
        Background<T> b = new Background<>();
        Thread t = new Thread(() -> {
            try {
                b.result.complete(work.get());
            } catch (Throwable e) { // whoever waits for the value must hear of it
                b.result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return b;
    }

    /** Waits until the work has ended, however it ended; {@link #get} then answers at once. */
    public void await() {
        result.handle((value, failure) -> null).join();
    }

    /** The value, once worked out; what the work threw is thrown here, as it was. */
    public T get() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
