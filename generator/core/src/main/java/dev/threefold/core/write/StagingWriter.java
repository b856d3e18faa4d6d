package dev.threefold.core.write;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes the whole new site into a staging folder beside the output folder,
 * and on {@link #commit()} swaps the two folders in one step ({@link FolderSwap}):
 * at every instant the output is the whole previous site or the whole new one.
 * Until then the previous site is untouched; a build that fails or dies leaves
 * at most a stale staging folder, which the next build removes. Only folders
 * this class created (marked with {@value #MARKER}) are ever replaced.
 *
 * <p>A file of the previous site that the new one has with the same bytes is
 * not written again but hard-linked into the staging folder, so it keeps its
 * modification time: an incremental deploy (rsync) uploads only what changed.
 * No file is ever written in place, so a link never changes the previous site.
 *
 * <p>The caller holds the output's {@link OutputLock} from before this writer
 * is made until it is closed: two builds never stage or swap at once.
 */
public final class StagingWriter implements SiteWriter {

    /** A file in every site we write; an output folder without it is never replaced. */
    public static final String MARKER = ".threefold-site";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path output;
    private final Path staging;
    /** The previous site, whose unchanged files are linked into the new one; null when the output is new or empty. */
    private final Path previous;
    private final AtomicInteger written = new AtomicInteger();
    private boolean committed;

    public StagingWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
        Path parent = this.output.getParent();
        String name = this.output.getFileName().toString();
        try {
            Files.createDirectories(parent);
            restoreInterruptedSwap(parent, name);
            removeStale(parent, "." + name + ".staging-");
            removeStale(parent, "." + name + ".old-");
            this.staging = newFolder(parent, "." + name + ".staging-");
            Files.writeString(staging.resolve(MARKER), "Written by Threefold; this folder is replaced on every build.\n");
            this.previous = Files.exists(this.output.resolve(MARKER)) ? this.output : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + this.output + ": " + Failures.reason(e), e);
        }
    }

    /**
     * A new folder named {@code prefix} and a random suffix, made as any other tool makes one (the
     * umask decides who may read it), unlike {@link Files#createTempDirectory}, which makes it
     * private to its owner: it becomes the site, which a web server's user must read.
     */
    static Path newFolder(Path parent, String prefix) throws IOException {
        while (true) {
            Path p = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // taken: draw another name
            }
        }
    }

    @Override
    public void write(String path, byte[] bytes) {
        Path target = newFile(path);
        try {
            Path old = previousFile(path);
            if (old != null && Files.size(old) == bytes.length && Arrays.equals(Files.readAllBytes(old), bytes)) {
                link(old, target);
            } else {
                Files.write(target, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    @Override
    public void copy(String path, Path source) {
        Path target = newFile(path);
        try {
            Path old = previousFile(path);
            if (old != null && Files.mismatch(old, source) == -1) {
                link(old, target);
            } else {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    /** A file streamed into the staging folder; once closed, replaced by a link to the previous site's when that has the same bytes. */
    @Override
    public OutputStream open(String path) {
        Path target = newFile(path);
        try {
            return streamTo(target, () -> {
                Path old = previousFile(path);
                if (old != null && Files.mismatch(old, target) == -1) {
                    Files.delete(target);
                    link(old, target);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** What is done once a streamed file is whole. */
    interface WhenClosed {
        void run() throws IOException;
    }

    /** A buffered stream into {@code target}; {@code closed} runs once the file is whole. */
    static OutputStream streamTo(Path target, WhenClosed closed) throws IOException {
        return new FilterOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len); // FilterOutputStream would write byte by byte
            }

            @Override
            public void close() throws IOException {
                super.close();
                closed.run();
            }
        };
    }

    /** The staging folder's file for a site path, its folder made; counted as written. */
    private Path newFile(String path) {
        Path target = target(path);
        written.incrementAndGet();
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return target;
    }

    /** The previous site's regular file at {@code path}, or null. */
    private Path previousFile(String path) {
        if (previous == null) {
            return null;
        }
        Path old = previous.resolve(path);
        return Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) ? old : null;
    }

    /** A hard link, which keeps the file's modification time; a copy with its times where the file system has none. */
    static void link(Path old, Path target) throws IOException {
        try {
            Files.createLink(target, old);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.copy(old, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    @Override
    public int written() {
        return written.get();
    }

    /** Puts the staged site in place in one step (see the class comment), then removes the previous one. */
    @Override
    public void commit() {
        if (!OutputFolder.isReplaceable(output)) {
            throw new IllegalStateException(output + " exists and was not written by Threefold; refusing to replace it");
        }
        try {
            if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
                committed = true;
                return;
            }
            // Afterwards the staging folder's name holds the previous site.
            Path aside = output.resolveSibling("." + output.getFileName() + ".old-" + staging.getFileName().toString()
                    .substring(staging.getFileName().toString().lastIndexOf('-') + 1));
            FolderSwap.swap(output, staging, aside);
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new site in place in " + output + ": " + Failures.reason(e), e);
        }
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // the new site is in place; the next build removes what is left of the previous one
        }
    }

    /** Drops the staging folder unless committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                // a stale staging folder is removed by the next build
            }
        }
    }

    private Path target(String path) {
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging) || path.contains("\\")) {
            throw new IllegalArgumentException("page path leaves the site: " + path);
        }
        return target;
    }

    /**
     * A build killed between the two renames of a whole swap leaves the
     * previous site as {@code .name.old-*} and no output folder: put it back.
     */
    private void restoreInterruptedSwap(Path parent, String name) throws IOException {
        if (Files.exists(output)) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent,
                p -> p.getFileName().toString().startsWith("." + name + ".old-") && Files.exists(p.resolve(MARKER)))) {
            for (Path old : s) {
                FolderSwap.move(old, output);
                return;
            }
        }
    }

    private static void removeStale(Path parent, String prefix) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : s) {
                if (Files.exists(p.resolve(MARKER)) || holdsNoFiles(p)) {
                    deleteTree(p);
                }
            }
        }
    }

    /** A folder with nothing in it but empty folders: a build killed right after creating it. */
    private static boolean holdsNoFiles(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> s = Files.find(p, Integer.MAX_VALUE, (q, attributes) -> !attributes.isDirectory())) {
            return s.findAny().isEmpty();
        }
    }

    /**
     * Deletes a folder, its marker last: a build killed halfway through leaves a folder that still
     * says it is ours, which the next build then removes ({@link #removeStale}).
     */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Path marker = root.resolve(MARKER);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(marker)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (dir.equals(root)) {
                    Files.deleteIfExists(marker);
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
