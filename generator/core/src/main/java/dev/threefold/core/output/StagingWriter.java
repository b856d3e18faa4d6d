package dev.threefold.core.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Streams pages into a staging folder beside the output folder, and swaps it
 * in only on {@link #commit()}. Until then the previous site is untouched; a
 * build that fails or dies leaves at most a stale staging folder, which the
 * next build removes. Only folders this class created (marked with
 * {@value #MARKER}) are ever replaced or deleted.
 */
public final class StagingWriter implements PageSink, AutoCloseable {

    /** A file in every site we write; an output folder without it is never replaced. */
    public static final String MARKER = ".threefold-site";

    private final Path output;
    private final Path staging;
    /** The site being replaced, whose unchanged files are linked rather than written again; or null. */
    private final Path previous;
    /** Page path → key of its inputs, in the previous site and in this one ({@value #KEYS}). */
    private final Map<String, String> previousKeys;
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    /** The keys of a site's pages, one "key path" per line, so the next build knows which pages it may keep. */
    static final String KEYS = ".threefold-pages";
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
            this.staging = Files.createTempDirectory(parent, "." + name + ".staging-");
            this.previous = Files.exists(this.output.resolve(MARKER)) ? this.output : null;
            this.previousKeys = readKeys(previous);
            Files.writeString(staging.resolve(MARKER), "Written by Threefold; this folder is replaced on every build.\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + this.output, e);
        }
    }

    /** Whether {@code output} may be replaced: absent, empty, or a site we wrote. */
    public static boolean isReplaceable(Path output) {
        if (!Files.exists(output)) {
            return true;
        }
        if (!Files.isDirectory(output)) {
            return false;
        }
        if (Files.exists(output.resolve(MARKER))) {
            return true;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(output)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void write(String path, byte[] bytes) {
        Path target = target(path);
        try {
            Files.createDirectories(target.getParent());
            if (!linkUnchanged(path, bytes, target)) {
                Files.write(target, bytes);
            }
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * A file whose bytes equal the previous site's is hard-linked from it instead of written:
     * on a rebuild most pages are unchanged, and removing the previous site then frees no data,
     * which at 20,000 files is most of what a swap costs. Neither copy is ever written in place,
     * so sharing is safe; where links are not possible the file is simply written.
     */
    private boolean linkUnchanged(String path, byte[] bytes, Path target) {
        if (previous == null) {
            return false;
        }
        Path old = previous.resolve(path);
        try {
            if (Files.size(old) != bytes.length || !java.util.Arrays.equals(Files.readAllBytes(old), bytes)) {
                return false;
            }
            Files.createLink(target, old);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Override
    public boolean keep(String path, String key) {
        if (previous == null || !key.equals(previousKeys.get(path))) {
            return false;
        }
        Path target = target(path);
        try {
            Files.createDirectories(target.getParent());
            Files.createLink(target, previous.resolve(path));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
        keys.put(path, key);
        written.incrementAndGet();
        return true;
    }

    @Override
    public void write(String path, byte[] bytes, String key) {
        write(path, bytes);
        keys.put(path, key);
    }

    private static Map<String, String> readKeys(Path site) {
        Map<String, String> out = new HashMap<>();
        if (site == null || !Files.isRegularFile(site.resolve(KEYS))) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(site.resolve(KEYS))) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    out.put(line.substring(space + 1), line.substring(0, space));
                }
            }
        } catch (IOException e) {
            out.clear(); // no keys: every page is rendered again
        }
        return out;
    }

    @Override
    public void copy(String path, Path source) {
        Path target = target(path);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    @Override
    public OutputStream open(String path) {
        Path target = target(path);
        try {
            Files.createDirectories(target.getParent());
            written.incrementAndGet();
            return new BufferedOutputStream(Files.newOutputStream(target), 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    public int written() {
        return written.get();
    }

    /** Replaces the output folder with the staged site. */
    public void commit() {
        if (!isReplaceable(output)) {
            throw new IllegalStateException(output + " exists and was not written by Threefold; refusing to replace it");
        }
        try {
            StringBuilder lines = new StringBuilder();
            new TreeMap<>(keys).forEach((path, key) -> lines.append(key).append(' ').append(path).append('\n'));
            Files.writeString(staging.resolve(KEYS), lines);
            Path old = null;
            if (Files.exists(output)) {
                old = output.resolveSibling("." + output.getFileName() + ".old-" + staging.getFileName().toString()
                        .substring(staging.getFileName().toString().lastIndexOf('-') + 1));
                move(output, old);
            }
            move(staging, output);
            committed = true;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot swap the new site into " + output, e);
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * A build killed between the two renames of {@link #commit()} leaves the
     * previous site as {@code .name.old-*} and no output folder: put it back.
     */
    private void restoreInterruptedSwap(Path parent, String name) throws IOException {
        if (Files.exists(output)) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent,
                p -> p.getFileName().toString().startsWith("." + name + ".old-") && Files.exists(p.resolve(MARKER)))) {
            for (Path old : s) {
                move(old, output);
                return;
            }
        }
    }

    private static void removeStale(Path parent, String prefix) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : s) {
                if (Files.exists(p.resolve(MARKER)) || isEmptyDir(p)) {
                    deleteTree(p);
                }
            }
        }
    }

    private static boolean isEmptyDir(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
            return !s.iterator().hasNext();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
