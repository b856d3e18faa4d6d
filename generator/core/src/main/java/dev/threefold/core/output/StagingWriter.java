package dev.threefold.core.output;

import dev.threefold.core.Background;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>A file of the previous site that the new one has with the same bytes, or
 * a page whose inputs have the same key ({@link #keep}), is not written again:
 * it is hard-linked into the staging folder, so it keeps its modification
 * time (an incremental deploy uploads only what changed) and costs no copy.
 * Files are never written in place, so a link never changes the previous site.
 *
 * <p>The caller holds the output's {@link OutputLock} from before this writer
 * is made until it is closed: two builds never stage or swap at once.
 */
public final class StagingWriter implements PageSink, AutoCloseable {

    /** A file in every site we write; an output folder without it is never replaced. */
    public static final String MARKER = ".threefold-site";
    /** The keys of a site's pages, one "key path" per line, so the next build knows which pages it may keep. */
    static final String KEYS = ".threefold-pages";
    /** Where each unit's record lies in units.json and the search index: "path key offset length" per line. */
    static final String RECORDS = ".threefold-records";

    private final Path output;
    private final Path staging;
    /** The previous site, whose files may be linked into the new one; null when the output is new or empty. */
    private final PreviousSite previous;
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    /** This build's records: file path → record key → {offset, length}. */
    private final Map<String, Map<String, long[]>> records = new ConcurrentHashMap<>();
    /** Every file of the new site, staged or left in place. */
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final AtomicInteger written = new AtomicInteger();
    /** The streamed files' spares ({@link Spares}), and the paths streamed. */
    private final Spares spares;
    private final Set<String> streamed = ConcurrentHashMap.newKeySet();
    /** The streamed paths whose previous file was linked into the new site, having the same bytes. */
    private final Set<String> unchangedStreams = ConcurrentHashMap.newKeySet();
    private boolean committed;

    public StagingWriter(Path output) {
        this(output, null);
    }

    /** @param spareFolder where the streamed files it replaces are kept to be written over next time (see {@link Spares}); null: nowhere */
    public StagingWriter(Path output, Path spareFolder) {
        this.spares = new Spares(spareFolder);
        this.output = output.toAbsolutePath().normalize();
        Path parent = this.output.getParent();
        String name = this.output.getFileName().toString();
        try {
            Files.createDirectories(parent);
            restoreInterruptedSwap(parent, name);
            removeStale(parent, "." + name + ".staging-");
            removeStale(parent, "." + name + ".old-");
            this.staging = newFolder(parent, "." + name + ".staging-");
            // Written before the previous site is listed: its time is when this build last knew the
            // previous site's folders (see SiteListing).
            Files.writeString(staging.resolve(MARKER), "Written by Threefold; this folder is replaced on every build.\n");
            this.previous = Files.exists(this.output.resolve(MARKER)) ? new PreviousSite(this.output) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + this.output + ": " + Failures.reason(e), e);
        }
    }

    /**
     * A new folder named {@code prefix} and a random suffix, made as any other tool makes one (the
     * umask decides who may read it), unlike {@link Files#createTempDirectory}, which makes it
     * private to its owner: it becomes the site, which a web server's user must read.
     */
    private static Path newFolder(Path parent, String prefix) throws IOException {
        while (true) {
            Path p = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // taken: draw another name
            }
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();


    @Override
    public void write(String path, byte[] bytes) {
        Path target = target(path);
        files.add(path);
        written.incrementAndGet();
        try {
            Files.createDirectories(target.getParent());
            if (unchanged(path, bytes)) {
                linkPrevious(path, target);
                return;
            }
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    @Override
    public void write(String path, byte[] bytes, String key) {
        write(path, bytes);
        keys.put(path, key);
    }

    /**
     * Leaves the previous site's page in place when it was made from inputs with the same key. A
     * kept path needs no check that it stays inside the site: the previous site's listing has it.
     */
    @Override
    public boolean keep(String path, String key) {
        if (!keepable(path, key)) {
            return false;
        }
        kept(path, key);
        return true;
    }

    @Override
    public boolean keepAll(String prefix, String key) {
        if (previous == null) {
            return false;
        }
        List<String> paths = previous.keyed().stream().filter(p -> p.startsWith(prefix)).toList();
        if (paths.isEmpty() || !paths.stream().allMatch(p -> keepable(p, key))) {
            return false;
        }
        for (String p : paths) {
            kept(p, key);
        }
        return true;
    }

    /**
     * Whether the previous site has the file at {@code path}, made from inputs with this key. Its
     * listing says whether the file is there: at 10,000 units, 20,000 stats fewer in a rebuild.
     */
    private boolean keepable(String path, String key) {
        return previous != null && previous.has(path, key);
    }

    /** The previous site's file at {@code path} stays as part of this one. */
    private void kept(String path, String key) {
        files.add(path);
        keys.put(path, key);
        written.incrementAndGet();
        Path target = target(path);
        try {
            Files.createDirectories(target.getParent());
            linkPrevious(path, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep " + path + " of the previous site", e);
        }
    }

    /**
     * Puts the previous site's file at {@code path} into the staging folder as {@code target}: a
     * hard link, which keeps the file's modification time; a copy with its times where the file
     * system has no links.
     */
    private void linkPrevious(String path, Path target) throws IOException {
        Path old = previous.resolve(path);
        try {
            Files.createLink(target, old);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.copy(old, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    @Override
    public long[] previousRecordAt(String path, String key) {
        return previous == null ? null : previous.recordAt(path, key);
    }

    @Override
    public void copyPrevious(String path, long offset, long length, OutputStream out) throws IOException {
        if (previous == null) {
            throw new IOException("no previous site to copy " + path + " from");
        }
        previous.copy(path, offset, length, out);
    }

    @Override
    public void record(String path, String key, long offset, int length) {
        records.computeIfAbsent(path, p -> new ConcurrentHashMap<>()).put(key, new long[] {offset, length});
    }

    private boolean unchanged(String path, byte[] bytes) {
        if (previous == null) {
            return false;
        }
        Path old = previous.resolve(path);
        try {
            return Files.size(old) == bytes.length && Arrays.equals(Files.readAllBytes(old), bytes);
        } catch (IOException e) {
            return false; // not there before: a new file
        }
    }

    @Override
    public void copy(String path, Path source) {
        Path target = target(path);
        files.add(path);
        written.incrementAndGet();
        try {
            Path old = previous == null ? null : previous.resolve(path);
            Files.createDirectories(target.getParent());
            if (old != null && Files.isRegularFile(old, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.mismatch(old, source) == -1) {
                linkPrevious(path, target); // the same asset as before
                return;
            }
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    @Override
    public void copy(String path, Path source, String key) {
        copy(path, source);
        keys.put(path, key);
    }

    @Override
    public OutputStream open(String path) {
        Path target = target(path);
        files.add(path);
        written.incrementAndGet();
        try {
            Files.createDirectories(target.getParent());
            streamed.add(path);
            return new StagedFile(target, spares.takeInto(path, target), file -> leaveInPlaceIfUnchanged(path, file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Replaces a streamed file in the staging folder with the previous site's when that has the very
     * same bytes: the previous file stays, with its modification time, as a file written whole does
     * ({@link #unchanged}), and the staged copy becomes a spare. A deploy that uploads what changed then leaves units.json (169 MB at
     * 10,000 units) alone after an edit to a template or a report's input. The records copied
     * from the previous file to the same place in it ({@link #copyPrevious}) are not compared:
     * after an edit to one unit in the middle of units.json, both copies of the file were read
     * up to it, 90 MB each.
     */
    private void leaveInPlaceIfUnchanged(String path, StagedFile staged) throws IOException {
        Path target = target(path);
        if (previous != null && sameBytes(target, previous.resolve(path), staged.copiedInPlace())) {
            spares.giveBack(path, target);
            linkPrevious(path, target);
            unchangedStreams.add(path);
        }
    }

    /**
     * Whether two files hold the same bytes; compared only when their sizes are equal, and then
     * not where ranges {from, to} of {@code a} (ascending, apart) are known to hold what {@code b}
     * holds there.
     */
    static boolean sameBytes(Path a, Path b, List<long[]> alike) throws IOException {
        if (!Files.isRegularFile(b, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel x = FileChannel.open(a); FileChannel y = FileChannel.open(b)) {
            long size = x.size();
            if (size != y.size()) {
                return false;
            }
            // Read through two buffers, not mapped: mapped pages count as the process's memory, and
            // mapping both copies of a 30,000-unit units.json took a rebuild's peak from 0.6 to 1.6 GB.
            ByteBuffer p = ByteBuffer.allocateDirect(1 << 20);
            ByteBuffer q = ByteBuffer.allocateDirect(1 << 20);
            long from = 0;
            for (long[] known : alike) {
                if (!sameRange(x, y, from, known[0], p, q, a, b)) {
                    return false;
                }
                from = known[1];
            }
            return sameRange(x, y, from, size, p, q, a, b);
        }
    }

    /** Whether {@code x} and {@code y} hold the same bytes from {@code from} up to {@code to}. */
    private static boolean sameRange(FileChannel x, FileChannel y, long from, long to, ByteBuffer p, ByteBuffer q,
                                     Path a, Path b) throws IOException {
        for (long at = from; at < to; at += p.limit()) {
            p.clear().limit((int) Math.min(p.capacity(), to - at));
            q.clear().limit(p.limit());
            FileRanges.readFully(x, p, at, a.toString());
            FileRanges.readFully(y, q, at, b.toString());
            if (p.flip().mismatch(q.flip()) >= 0) {
                return false;
            }
        }
        return true;
    }

    public int written() {
        return written.get();
    }

    /** Puts the staged site in place in one step (see the class comment), then removes the previous one. */
    public void commit() {
        if (!OutputFolder.isReplaceable(output)) {
            throw new IllegalStateException(output + " exists and was not written by Threefold; refusing to replace it");
        }
        closePreviousFiles();
        try {
            // The three lists are written at once, two on threads of their own: at 10,000 units
            // each took 20-60 ms of the main thread, one after the other.
            Background<Void> ranges = Background.start("threefold-write-records", () -> unchecked(this::writeRecords));
            Background<Void> listing = Background.start("threefold-write-listing", () -> unchecked(this::writeListing));
            try {
                writeKeys();
            } finally { // none is left writing into a staging folder that is being removed
                ranges.await();
                listing.await();
            }
            ranges.get();
            listing.get();
            if (previous != null) {
                for (String path : streamed) {
                    if (!unchangedStreams.contains(path)) { // being replaced: its pages stay, as a spare
                        spares.keep(path, previous.resolve(path));
                    }
                }
            }
            swapIn();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new site in place in " + output, e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot put the new site in place in " + output, e.getCause());
        }
    }

    /**
     * Makes the staging folder the output: a rename where there is no output yet, else a swap of
     * the two folders, after which the staging folder's name holds the previous site, removed here.
     */
    private void swapIn() throws IOException {
        if (!Files.exists(output, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            return;
        }
        Path aside = output.resolveSibling("." + output.getFileName() + ".old-" + staging.getFileName().toString()
                .substring(staging.getFileName().toString().lastIndexOf('-') + 1));
        FolderSwap.swap(output, staging, aside);
        committed = true;
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // the new site is in place; the next build removes what is left of the previous one
        }
    }

    /** Page keys by path, sorted by path (in the previous keys' order: see {@link PreviousOrder}). */
    private void writeKeys() throws IOException {
        PreviousOrder order = previous == null ? PreviousOrder.NONE : previous.keyOrder();
        try (Writer lines = Files.newBufferedWriter(staging.resolve(KEYS))) { // not built whole in memory first: 1.5 MB at 10,000 units
            for (String path : order.sort(keys.keySet())) {
                lines.append(keys.get(path)).append(' ').append(path).append('\n');
            }
        }
    }

    /** Records by file and key, sorted by file, then key. */
    private void writeRecords() throws IOException {
        try (Writer ranges = Files.newBufferedWriter(staging.resolve(RECORDS))) {
            for (String path : new TreeSet<>(records.keySet())) {
                Map<String, long[]> byKey = records.get(path);
                PreviousOrder order = previous == null ? PreviousOrder.NONE : previous.recordOrder(path);
                for (String key : order.sort(byKey.keySet())) {
                    long[] at = byKey.get(key);
                    ranges.append(path).append(' ').append(key).append(' ').append(Long.toString(at[0])).append(' ')
                            .append(Long.toString(at[1])).append('\n');
                }
            }
        }
    }

    private void writeListing() throws IOException {
        Set<String> all = new HashSet<>(files);
        all.addAll(List.of(MARKER, KEYS, RECORDS));
        // Every folder of the staging folder was made by this build and is whole by now.
        SiteListing.write(staging, all, null,
                previous == null ? PreviousOrder.NONE : previous.listingOrder());
    }

    /** File work for a {@link Background}, whose failure is then an {@link UncheckedIOException}. */
    private static Void unchecked(FileWork w) {
        try {
            w.run();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closePreviousFiles() {
        if (previous != null) {
            previous.closeFiles();
        }
    }

    /** Drops the staging folder unless committed. */
    @Override
    public void close() {
        closePreviousFiles();
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

    /**
     * A folder with nothing in it but empty folders: a build killed right after creating it, or
     * (before the marker stayed to the end) one killed while removing an applied update's folder.
     */
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
