package dev.threefold.core.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fails a fuzz target's input that takes more than {@link #SECONDS} of CPU time, as soon as it
 * has: the input runs on a thread of its own, whose CPU time the target watches. CPU time, not
 * wall time, so that a machine busy with other work does not fail a fast input (wall time is
 * capped too, at {@link #WALL_SECONDS}, in case the thread's CPU time cannot be read). This holds when the
 * seeds are replayed (a normal test run) and when fuzzing, where Jazzer then saves the input as
 * a finding; libFuzzer's own per-input timeout is 20 minutes and JUnit's timeouts cannot stop
 * one input among a fuzzing run's. The thread of an input that ran over is left to finish (a
 * daemon, so it does not keep the JVM up); CPU-bound code cannot be stopped.
 */
final class PerInputLimit {

    static final int SECONDS = 5;
    static final int WALL_SECONDS = 120;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fuzz-input");
        thread.setDaemon(true);
        return thread;
    });

    private PerInputLimit() {
    }

    static void run(String input, Runnable target) {
        AtomicLong thread = new AtomicLong(-1);
        AtomicLong cpuAtStart = new AtomicLong();
        Future<?> done = THREADS.submit(() -> {
            cpuAtStart.set(CPU.getCurrentThreadCpuTime()); // a pooled thread's CPU time counts its earlier inputs
            thread.set(Thread.currentThread().getId());
            target.run();
        });
        long start = System.nanoTime();
        while (true) {
            try {
                done.get(100, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                long id = thread.get();
                long cpu = id < 0 ? 0 : CPU.getThreadCpuTime(id) - cpuAtStart.get();
                if (cpu > TimeUnit.SECONDS.toNanos(SECONDS) || System.nanoTime() - start > TimeUnit.SECONDS.toNanos(WALL_SECONDS)) {
                    throw new AssertionError("one input took more than " + SECONDS + " s, so some shape of input takes"
                            + " more than linear time: " + describe(input));
                }
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
    }

    private static String describe(String input) {
        String start = input.length() <= 80 ? input : input.substring(0, 80) + "...";
        return input.length() + " characters, starting " + start.replace("\n", "\\n");
    }
}
