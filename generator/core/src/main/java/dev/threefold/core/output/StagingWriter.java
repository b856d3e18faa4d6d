package dev.threefold.core.output;

import dev.threefold.core.Background;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
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
 * Streams pages into a staging folder beside the output folder and puts them
 * in place only on {@link #commit()}. Until then the previous site is
 * untouched; a build that fails or dies leaves at most a stale staging
 * folder, which the next build removes. Only folders this class created
 * (marked with {@value #MARKER}) are ever replaced or changed.
 *
 * <p>A new site is swapped in whole. Over a previous site, only what changed
 * is staged: a file with the same bytes as before, or a page whose inputs
 * have the same key ({@link #keep}), is left where it is. Commit then writes
 * a journal of the moves and deletions into the staging folder and applies
 * it; a build killed while applying is finished by the next one. So a
 * one-unit edit touches a few dozen files instead of rewriting 20,000, and
 * unchanged files keep their times for incremental deploys.
 */
public final class StagingWriter implements PageSink, AutoCloseable {

    /** A file in every site we write; an output folder without it is never replaced. */
    public static final String MARKER = ".threefold-site";
    /** The keys of a site's pages, one "key path" per line, so the next build knows which pages it may keep. */
    static final String KEYS = ".threefold-pages";
    /** Where each unit's record lies in units.json and the search index: "path key offset length" per line. */
    static final String RECORDS = ".threefold-records";
    /** In a staging folder: the update, decided and about to be applied (see {@link #commit()}). */
    static final String JOURNAL = ".threefold-journal";

    private final Path output;
    private final Path staging;
    /** The site being updated, or null when the output is new or empty: then it is swapped in whole. */
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
            finishOrRemoveStale(parent, "." + name + ".staging-");
            removeStale(parent, "." + name + ".old-");
            this.staging = Files.createTempDirectory(parent, "." + name + ".staging-");
            // Written before the previous site is listed: its time is when this build last knew the
            // previous site's folders (see SiteListing).
            Files.writeString(staging.resolve(MARKER), "Written by Threefold; this folder is replaced on every build.\n");
            this.previous = Files.exists(this.output.resolve(MARKER)) ? new PreviousSite(this.output) : null;
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
        files.add(path);
        written.incrementAndGet();
        if (unchanged(path, bytes)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
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
            if (old != null && Files.isRegularFile(old) && Files.mismatch(old, source) == -1) {
                return; // the same asset as before: left in place
            }
            Files.createDirectories(target.getParent());
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
     * Drops a streamed file from the staging folder when the previous site has the very same bytes
     * there: the previous file stays, with its modification time, as a file written whole does
     * ({@link #unchanged}). A deploy that uploads what changed then leaves units.json (169 MB at
     * 10,000 units) alone after an edit to a template or a report's input. The records copied
     * from the previous file to the same place in it ({@link #copyPrevious}) are not compared:
     * after an edit to one unit in the middle of units.json, both copies of the file were read
     * up to it, 90 MB each.
     */
    private void leaveInPlaceIfUnchanged(String path, StagedFile staged) throws IOException {
        Path target = target(path);
        if (previous != null && sameBytes(target, previous.resolve(path), staged.copiedInPlace())) {
            spares.giveBack(path, target);
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

    /** Puts the staged site in place: swapped in whole, or applied as an update over the previous site. */
    public void commit() {
        if (!isReplaceable(output)) {
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
            if (previous == null) {
                swapWhole();
            } else {
                for (String path : streamed) {
                    if (Files.exists(target(path))) { // being replaced: its pages stay, as a spare
                        spares.keep(path, previous.resolve(path));
                    }
                }
                writeJournal();
                committed = true;
                apply(staging, output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new site in place in " + output, e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot put the new site in place in " + output, e.getCause());
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
        // A new site's folders were all written before this moment; an update's were last known
        // when this build started listing them, and the folders it changes are read next time.
        SiteListing.write(staging, all, previous == null ? null : Files.getLastModifiedTime(staging.resolve(MARKER)),
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

    private void swapWhole() throws IOException {
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
    }

    /**
     * The update as a list: "delete path" for every file of the previous site the new one does
     * not have. Written beside, then renamed: once the journal exists the update is decided.
     */
    private void writeJournal() throws IOException {
        // A listing that failed throws here, and commit reports its cause.
        List<String> gone = previous.files().stream()
                .filter(path -> !files.contains(path) && !path.equals(MARKER) && !path.equals(KEYS) && !path.equals(RECORDS)
                        && !path.equals(SiteListing.MANIFEST))
                .sorted().toList();
        StringBuilder journal = new StringBuilder();
        gone.forEach(path -> journal.append("delete ").append(path).append('\n'));
        Path tmp = staging.resolve(JOURNAL + ".tmp");
        Files.writeString(tmp, journal);
        move(tmp, staging.resolve(JOURNAL));
    }

    /**
     * Applies a decided update: every staged file is moved over its place in the site, then the
     * journal's deletions are made, then the staging folder goes. Each step can be repeated, so a
     * build killed halfway is finished by running this again.
     */
    private static void apply(Path staged, Path site) throws IOException {
        List<String> deletions = new ArrayList<>();
        for (String line : Files.readAllLines(staged.resolve(JOURNAL))) {
            if (line.startsWith("delete ")) {
                deletions.add(line.substring("delete ".length()));
            }
        }
        List<Path> moves;
        try (Stream<Path> s = Files.walk(staged)) {
            // The marker stays (the site has its own): removed last by deleteTree, it tells the next
            // build that a staging folder cut short while being removed is ours to remove.
            moves = s.filter(Files::isRegularFile).filter(p -> !p.equals(staged.resolve(JOURNAL)) && !p.equals(staged.resolve(MARKER)))
                    .toList();
        }
        for (Path from : moves) {
            Path to = site.resolve(staged.relativize(from).toString());
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        for (String path : deletions) {
            Path gone = site.resolve(path).normalize();
            if (gone.startsWith(site)) {
                Files.deleteIfExists(gone);
                removeEmptyFolders(gone.getParent(), site);
            }
        }
        deleteTree(staged);
    }

    private static void removeEmptyFolders(Path dir, Path site) throws IOException {
        for (Path d = dir; d != null && d.startsWith(site) && !d.equals(site); d = d.getParent()) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(d)) {
                if (s.iterator().hasNext()) {
                    return;
                }
            }
            Files.delete(d);
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
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
                move(old, output);
                return;
            }
        }
    }

    /** Stale staging folders: an update that was decided (it has a journal) is finished, others removed. */
    private void finishOrRemoveStale(Path parent, String prefix) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent,
                p -> p.getFileName().toString().startsWith(prefix) && Files.exists(p.resolve(JOURNAL)))) {
            for (Path decided : s) {
                if (Files.exists(output.resolve(MARKER))) {
                    apply(decided, output);
                }
            }
        }
        removeStale(parent, prefix);
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
