package dev.threefold.core.write;

import dev.threefold.core.concurrent.Background;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output of a watched build ({@code build --watch}), kept in mind between its builds so that
 * a one-unit edit writes the files that changed, not the whole site. The writer's promise stays
 * the one-shot build's: each build stages the whole new site beside the output and swaps it in
 * one step.
 *
 * <p>What it keeps: what the output holds at each path, and a <em>spare</em> folder beside it (a
 * hidden {@code .NAME.staging-*} folder, which any other build removes) that differs from the
 * output only at known paths. After the first build the spare is made in the background, as a
 * copy of the output whose files are hard links; from then on each build stages in the spare
 * ({@link SpareWriter}) and the folder it swaps out becomes the next spare.
 *
 * <p>It trusts the spare only while both folders are the very ones it left (the same inodes),
 * under the output's lock: a build from elsewhere into the same output, or a build that failed
 * halfway through the spare, makes the next build stage the whole site again ({@link
 * StagingWriter}). Used by one watch, whose builds come one at a time.
 */
public final class WatchedOutput {

    private Path output;
    private Object outputKey;
    /** What the output holds: every path, with the bytes written there or {@link SpareWriter#IN_FILE}. */
    private Map<String, byte[]> site;
    private Path spare;
    private Object spareKey;
    /** The paths at which the spare is not the output's file. */
    private Set<String> differs;
    /** The spare being made after a whole-site build (null when it could not be); awaited before the next build writes. */
    private Background<Path> making;

    /**
     * A writer for the next build into {@code output}. The caller holds the output's lock, as the
     * watch's builds and {@link #close()} all do: they never run at once.
     */
    public SiteWriter writer(Path output) {
        awaitSpare();
        Path out = output.toAbsolutePath().normalize();
        if (!out.equals(this.output) || !Objects.equals(outputKey, key(out))) {
            forget();
        } else if (spare != null && Objects.equals(spareKey, key(spare))) {
            return new Kept(new SpareWriter(out, spare, site, differs));
        }
        spare = null;
        this.output = out;
        return new Kept(new StagingWriter(out));
    }

    /** Removes the spare folder, when the watch ends: under the output's lock, after any build. */
    public void close() {
        Path out = output;
        if (out == null) {
            return;
        }
        try (OutputLock lock = OutputLock.take(out, waiting -> { })) {
            awaitSpare();
            if (spare != null && Objects.equals(spareKey, key(spare))) {
                StagingWriter.deleteTree(spare);
            }
        } catch (IOException e) {
            // a spare left behind is removed by the next build
        }
        forget();
    }

    private void forget() {
        output = null;
        outputKey = null;
        site = null;
        spare = null;
        differs = null;
    }

    private void awaitSpare() {
        if (making != null) {
            making.await();
            try {
                spare = making.get();
            } catch (RuntimeException e) {
                spare = null; // no spare: the next build stages the whole site, and removes what was begun
            }
            spareKey = spare == null ? null : key(spare);
            differs = new HashSet<>();
            making = null;
        }
    }

    /** A folder's identity (its inode where the file system has one), or null when it is gone. */
    private static Object key(Path folder) {
        try {
            BasicFileAttributes a = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isDirectory() ? Objects.requireNonNullElse(a.fileKey(), a.creationTime()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** After a build staged in the spare: the swap exchanged the two folders, each keeping its inode. */
    private void committed(SpareWriter w) {
        Object k = outputKey;
        outputKey = spareKey;
        spareKey = k;
        site = Map.copyOf(w.site());
        differs = new HashSet<>(w.changed());
    }

    /** After a build staged the whole site: the spare is made in the background, while the watch waits for a save. */
    private void committed(Map<String, byte[]> written) {
        site = Map.copyOf(written);
        outputKey = key(output);
        Path out = output;
        making = Background.start("threefold-spare", () -> makeSpare(out));
    }

    /**
     * Makes a spare: a copy of the output whose files are hard links to the output's, so that it
     * differs from the output nowhere; the marker first, so that what a failure leaves behind is
     * removed by the next build. A build from elsewhere that replaces the output meanwhile changes
     * the output's inode, and the next build then does not use this spare.
     */
    private static Path makeSpare(Path out) {
        try {
            Path made = StagingWriter.newFolder(out.getParent(), "." + out.getFileName() + ".staging-");
            Path marker = out.resolve(StagingWriter.MARKER);
            StagingWriter.link(marker, made.resolve(StagingWriter.MARKER));
            Files.walkFileTree(out, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(out)) {
                        Files.createDirectory(made.resolve(out.relativize(dir).toString()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (!file.equals(marker)) {
                        StagingWriter.link(file, made.resolve(out.relativize(file).toString()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A build's writer, telling this memory what it wrote: every path with its bytes as they go
     * by, and on commit where the output and the spare stand. A writer closed without committing
     * (a failed build) leaves the spare in an unknown state: it is not used again.
     */
    private final class Kept implements SiteWriter {
        private final SiteWriter writer;
        private final SpareWriter spareWriter;
        private final Map<String, byte[]> written = new ConcurrentHashMap<>();
        private boolean committed;

        Kept(SiteWriter writer) {
            this.writer = writer;
            this.spareWriter = writer instanceof SpareWriter s ? s : null;
        }

        @Override
        public void write(String path, byte[] bytes) {
            writer.write(path, bytes);
            written.put(path, bytes);
        }

        @Override
        public void copy(String path, Path source) {
            writer.copy(path, source);
            written.put(path, SpareWriter.IN_FILE);
        }

        @Override
        public OutputStream open(String path) {
            written.put(path, SpareWriter.IN_FILE);
            return writer.open(path);
        }

        @Override
        public void commit() {
            writer.commit();
            committed = true;
            if (spareWriter != null) {
                committed(spareWriter);
            } else {
                committed(written);
            }
        }

        @Override
        public int written() {
            return writer.written();
        }

        @Override
        public void close() {
            writer.close();
            if (!committed) {
                spare = null; // half written, if it was used: the next build's StagingWriter removes it
            }
        }
    }
}
