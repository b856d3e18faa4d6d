package dev.threefold.core.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * One build at a time per output folder, across processes and threads.
 *
 * <p>The lock is the operating system's lock on a file beside the output
 * ({@code .NAME.threefold-lock}), which the kernel releases when its holder
 * dies, so a lock left by a killed build never blocks the next one. The file
 * stays after the build: deleting it would let a build that had opened it
 * before the deletion lock a file no other build sees. It is empty, and taken
 * only by a build that passed its checks, so a failed build leaves nothing.
 * Within one JVM, where the operating system's locks do not exclude each
 * other, a semaphore per lock file does.
 */
public final class OutputLock implements AutoCloseable {

    private static final ConcurrentHashMap<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Semaphore local;
    private final FileChannel channel;

    private OutputLock(Semaphore local, FileChannel channel) {
        this.local = local;
        this.channel = channel;
    }

    /** The lock file of an output folder (absolute and normalized): beside it, hidden. */
    public static Path fileFor(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".threefold-lock");
    }

    /**
     * Takes the lock of {@code output}, waiting for another build that holds it.
     *
     * @param waiting told once, with a sentence to show, when another build holds the lock
     */
    public static OutputLock take(Path output, Consumer<String> waiting) throws IOException {
        Path file = fileFor(output);
        Semaphore local = IN_THIS_JVM.computeIfAbsent(file, f -> new Semaphore(1));
        boolean told = false;
        if (!local.tryAcquire()) {
            waiting.accept(waitingMessage(output));
            told = true;
            local.acquireUninterruptibly();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                if (!told) {
                    waiting.accept(waitingMessage(output));
                }
                channel.lock();
            }
            return new OutputLock(local, channel);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.release();
            throw e;
        }
    }

    private static String waitingMessage(Path output) {
        return "Waiting for another build into " + output + " to finish...";
    }

    /** Lets the next build go. */
    @Override
    public void close() throws IOException {
        try {
            channel.close(); // releases the operating system's lock
        } finally {
            local.release();
        }
    }
}
