package dev.threefold.core.fuzz;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fails a fuzz target's input that runs longer than {@link #SECONDS}, as soon as it has: the
 * input runs on a thread of its own and the target waits for it that long. This holds when the
 * seeds are replayed (a normal test run) and when fuzzing, where Jazzer then saves the input as
 * a finding; libFuzzer's own per-input timeout is 20 minutes and JUnit's timeouts cannot stop
 * one input among a fuzzing run's. The thread of an input that ran over is left to finish (a
 * daemon, so it does not keep the JVM up); CPU-bound code cannot be stopped.
 */
final class PerInputLimit {

    static final int SECONDS = 5;

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fuzz-input");
        thread.setDaemon(true);
        return thread;
    });

    private PerInputLimit() {
    }

    static void run(String input, Runnable target) {
        Future<?> done = THREADS.submit(target);
        try {
            done.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("one input took more than " + SECONDS + " s, so some shape of input takes"
                    + " more than linear time: " + describe(input));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String describe(String input) {
        String start = input.length() <= 80 ? input : input.substring(0, 80) + "...";
        return input.length() + " characters, starting " + start.replace("\n", "\\n");
    }
}
