package dev.threefold.core.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A watched build's writer ({@link WatchedOutput}): it stages the new site in the folder the
 * last build swapped out (the spare), which differs from the output only at the paths the last
 * build changed, so it writes only what changes now and puts back what changed then. A one-unit
 * edit costs the files that changed, not the whole site. Then it swaps the spare and the output
 * in one step, as {@link StagingWriter} does.
 *
 * <p>Invariants: a file the spare shares with the output (one inode, hard-linked) is never
 * written in place, only removed and made anew; a path the new site has with the output's bytes
 * ends as a link to the output's file, so it keeps its modification time.
 */
final class SpareWriter implements SiteWriter {

    /** What the site held at a path written as a stream or copied: known to exist, its bytes are in the file. */
    static final byte[] IN_FILE = new byte[0];

    private final Path output;
    private final Path spare;
    /** What the output holds: every path, with the bytes written there or {@link #IN_FILE}. */
    private final Map<String, byte[]> site;
    /** The paths at which the spare is not the output's file. */
    private final Set<String> differs;
    /** What the new site holds, as {@link #site}. */
    private final Map<String, byte[]> now = new ConcurrentHashMap<>();
    /** The paths at which the output, once swapped out, will differ from the new site. */
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private boolean committed;

    SpareWriter(Path output, Path spare, Map<String, byte[]> site, Set<String> differs) {
        this.output = output;
        this.spare = spare;
        this.site = site;
        this.differs = differs;
    }

    @Override
    public void write(String path, byte[] bytes) {
        now.put(path, bytes);
        byte[] was = site.get(path);
        boolean same = was == bytes || (was != null && was != IN_FILE && Arrays.equals(was, bytes));
        try {
            if (same || (was == IN_FILE && holds(output.resolve(path), bytes))) {
                matchOutput(path);
            } else {
                Files.write(freshFile(path), bytes);
                changed.add(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + spare.resolve(path), e);
        }
    }

    @Override
    public void copy(String path, Path source) {
        now.put(path, IN_FILE);
        try {
            if (site.containsKey(path) && Files.mismatch(output.resolve(path), source) == -1) {
                matchOutput(path);
            } else {
                Files.copy(source, freshFile(path), StandardCopyOption.REPLACE_EXISTING);
                changed.add(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + spare.resolve(path), e);
        }
    }

    @Override
    public OutputStream open(String path) {
        now.put(path, IN_FILE);
        try {
            Path target = freshFile(path);
            return StagingWriter.streamTo(target, () -> {
                if (site.containsKey(path) && Files.mismatch(output.resolve(path), target) == -1) {
                    Files.delete(target);
                    StagingWriter.link(output.resolve(path), target);
                } else {
                    changed.add(path);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + spare.resolve(path), e);
        }
    }

    private static boolean holds(Path file, byte[] bytes) throws IOException {
        return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    /** The output has these bytes at {@code path}: the spare gets its file where it has another. */
    private void matchOutput(String path) throws IOException {
        if (differs.contains(path)) {
            StagingWriter.link(output.resolve(path), freshFile(path));
        }
    }

    /** The spare's path, with nothing there (a file it shares with the output is unlinked, not emptied), its folder made. */
    private Path freshFile(String path) throws IOException {
        Path target = spare.resolve(path).normalize();
        if (!target.startsWith(spare) || path.contains("\\")) {
            throw new IllegalArgumentException("page path leaves the site: " + path);
        }
        try {
            Files.deleteIfExists(target);
            Files.createDirectories(target.getParent());
        } catch (FileSystemException e) {
            clearWay(target);
            Files.createDirectories(target.getParent());
        }
        return target;
    }

    /**
     * The last site had a folder where this one has a file, or a file where this one has a folder
     * (an asset that became a folder of assets): it goes; the new site has nothing there.
     */
    private void clearWay(Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            StagingWriter.deleteTree(target);
        }
        for (Path f = target.getParent(); !f.equals(spare); f = f.getParent()) {
            if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(f);
            }
        }
    }

    @Override
    public int written() {
        return now.size();
    }

    /**
     * Removes from the spare what the new site no longer has, then swaps it with the output. The
     * paths at which the swapped-out site now differs are {@link #changed()}.
     */
    @Override
    public void commit() {
        Set<String> gone = new HashSet<>(site.keySet());
        gone.addAll(differs);
        gone.removeAll(now.keySet());
        try {
            for (String path : gone) {
                Path file = spare.resolve(path);
                if (Files.deleteIfExists(file)) {
                    removeEmptyFolders(file.getParent());
                }
                if (site.containsKey(path)) {
                    changed.add(path); // the output has it, the new site not
                }
            }
            Path aside = output.resolveSibling("." + output.getFileName() + ".old-" + Long.toUnsignedString(System.nanoTime(), 36));
            FolderSwap.swap(output, spare, aside);
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new site in place in " + output + ": " + Failures.reason(e), e);
        }
    }

    /** Removes {@code folder} and the folders above it that it leaves empty, up to the spare. */
    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path f = folder; f != null && !f.equals(spare) && f.startsWith(spare); f = f.getParent()) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(f)) {
                if (s.iterator().hasNext()) {
                    return;
                }
            }
            Files.delete(f);
        }
    }

    boolean committed() {
        return committed;
    }

    /** What the new site holds, path by path (see {@link #site}). */
    Map<String, byte[]> site() {
        return now;
    }

    /** The paths at which the output, now swapped out into the spare's place, differs from the new site. */
    Set<String> changed() {
        return changed;
    }

    /** Nothing to drop: the spare stays, and what it holds is told by {@link WatchedOutput}. */
    @Override
    public void close() {
    }
}
