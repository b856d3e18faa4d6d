package dev.threefold.core.output;

import dev.threefold.core.Background;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;

/**
 * The site a {@link StagingWriter} updates, as its last build left it: which files it holds
 * ({@link SiteListing}), the key each page was made with ({@link StagingWriter#KEYS}), where
 * each unit's record lies in units.json and the search index ({@link StagingWriter#RECORDS}),
 * and the order of each list, to write this build's in. Its lists are read on threads of their
 * own from the moment the writer is made: at 10,000 units the keys and records took 0.2 s of the
 * main thread in a cold JVM, and the listing is mostly the kernel opening 20,000 folders, so it
 * runs while pages render.
 */
final class PreviousSite {

    private final Path site;
    private final Background<KeysAndRecords> keysAndRecords;
    private final Background<SiteListing.Listing> listing;
    /** The site's files that records are copied from, each opened once. */
    private final Map<String, OpenFile> openFiles = new ConcurrentHashMap<>();

    /**
     * What {@link StagingWriter#KEYS} and {@link StagingWriter#RECORDS} say: page path → key, and
     * file path → record key → {offset, length}; with the order they were listed in.
     */
    private record KeysAndRecords(Map<String, String> keys, PreviousOrder keyOrder,
                                  Map<String, Map<String, long[]>> records, Map<String, PreviousOrder> recordOrders) {
    }

    /**
     * A file open for copying records, with its size when opened: asked for each of its 10,000
     * records, the size was a system call each time (20,000 in a rebuild).
     */
    private record OpenFile(FileChannel channel, long size) {
    }

    /** Starts reading the lists of the site we wrote in {@code site}. */
    PreviousSite(Path site) {
        this.site = site;
        this.keysAndRecords = Background.start("threefold-read-previous-keys", () -> readKeysAndRecords(site));
        this.listing = Background.start("threefold-list-previous-site", () -> list(site));
    }

    Path resolve(String path) {
        return site.resolve(path);
    }

    /** Whether the site has the file at {@code path}, made from inputs with this key. Its listing says whether the file is there. */
    boolean has(String path, String key) {
        return key.equals(keysAndRecords.get().keys().get(path)) && listing.get().files().contains(path);
    }

    /** The paths of the pages that had a key. */
    Set<String> keyed() {
        return keysAndRecords.get().keys().keySet();
    }

    /** Every file of the site. */
    Set<String> files() {
        return listing.get().files();
    }

    PreviousOrder keyOrder() {
        return keysAndRecords.get().keyOrder();
    }

    PreviousOrder recordOrder(String path) {
        return keysAndRecords.get().recordOrders().getOrDefault(path, PreviousOrder.NONE);
    }

    PreviousOrder listingOrder() {
        return listing.get().order();
    }

    /** Where the record with this key lies in the site's file at {@code path}: {offset, length}, or null when not there whole. */
    long[] recordAt(String path, String key) {
        long[] at = keysAndRecords.get().records().getOrDefault(path, Map.of()).get(key);
        OpenFile f = at == null ? null : open(path);
        return f != null && at[0] >= 0 && at[1] >= 0 && at[0] + at[1] <= f.size() ? at : null;
    }

    /** Copies {@code length} bytes of the site's file at {@code path}, from {@code offset}, into {@code out}. */
    void copy(String path, long offset, long length, OutputStream out) throws IOException {
        OpenFile file = open(path);
        if (file == null) {
            throw new IOException("cannot read the previous " + path);
        }
        FileChannel f = file.channel();
        if (out instanceof StagedFile staged) { // a file the writer opened: the kernel copies the range
            staged.append(f, offset, length);
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, 1 << 20)); // any other stream: through memory
        for (long done = 0; done < length; done += buffer.limit()) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), length - done));
            FileRanges.readFully(f, buffer, offset + done, "the previous " + path);
            out.write(buffer.array(), 0, buffer.limit());
        }
    }

    /** The site's file at {@code path}, opened once for all its 10,000 records; null when unreadable. */
    private OpenFile open(String path) {
        return openFiles.computeIfAbsent(path, p -> {
            try {
                FileChannel channel = FileChannel.open(site.resolve(p));
                try {
                    return new OpenFile(channel, channel.size());
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
            } catch (IOException e) {
                return null; // not mapped: every record of it is made again
            }
        });
    }

    /** Closes the files records were copied from; before the site is changed, and when the build ends. */
    void closeFiles() {
        for (OpenFile f : openFiles.values()) {
            try {
                f.channel().close();
            } catch (IOException ignored) {
                // read-only: nothing was left unwritten
            }
        }
        openFiles.clear();
    }

    /**
     * Every file of {@code site}, its folders read on two threads of their own, not the common
     * pool's, whose threads render the pages meanwhile (see {@link SiteListing}).
     */
    private static SiteListing.Listing list(Path site) {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            return SiteListing.of(site, pool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdown();
        }
    }

    /** Read in the order the files list them (linked maps), which gives this build's lists their order. */
    private static KeysAndRecords readKeysAndRecords(Path site) {
        Map<String, String> keys = readKeys(site);
        Map<String, Map<String, long[]>> records = readRecords(site);
        Map<String, PreviousOrder> recordOrders = new HashMap<>();
        records.forEach((path, byKey) -> recordOrders.put(path, PreviousOrder.of(List.copyOf(byKey.keySet()))));
        return new KeysAndRecords(keys, PreviousOrder.of(List.copyOf(keys.keySet())), records, recordOrders);
    }

    /** Page path → key, in the order listed. */
    private static Map<String, String> readKeys(Path site) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(site.resolve(StagingWriter.KEYS))) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(site.resolve(StagingWriter.KEYS))) {
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

    /** File path → record key → {offset, length}, each file's keys in the order listed. */
    private static Map<String, Map<String, long[]>> readRecords(Path site) {
        Map<String, Map<String, long[]>> out = new HashMap<>();
        if (!Files.isRegularFile(site.resolve(StagingWriter.RECORDS))) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(site.resolve(StagingWriter.RECORDS))) { // "path key offset length"
                int length = line.lastIndexOf(' ');
                int offset = line.lastIndexOf(' ', length - 1);
                int key = offset < 0 ? -1 : line.lastIndexOf(' ', offset - 1);
                if (key > 0 && line.indexOf(' ') == key) {
                    String path = line.substring(0, key);
                    String recordKey = line.substring(key + 1, offset);
                    out.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(recordKey, new long[] {
                            Long.parseLong(line, offset + 1, length, 10), Long.parseLong(line, length + 1, line.length(), 10)});
                }
            }
        } catch (IOException | NumberFormatException e) {
            out.clear(); // no records: every one is made again
        }
        return out;
    }
}
