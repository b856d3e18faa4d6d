package dev.threefold.core.cache;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pieces of pages kept between builds in the build cache folder: what a template's
 * {@code <@once key="..." unit=u>} rendered, under its key and the key of the unit's inputs
 * (its validity). A rebuild after a one-unit edit renders the grade, subject and tag lists that
 * hold the unit again, about 2,800 cards at 10,000 units; with the cards kept, only the edited
 * unit's is rendered. A piece is used only while its validity is the unit's current one.
 *
 * <p>The file is read on demand, piece by piece, from an open channel ({@link #close()} it when
 * the pages are rendered); a file that is missing, damaged or written by another Threefold jar
 * holds nothing.
 */
public final class KeptFragments implements AutoCloseable {

    private static final String FILE = "fragments.bin";
    /** Keys are written with {@link DataOutputStream#writeUTF}, which takes at most 65,535 bytes. */
    private static final int MAX_KEY = 1000;

    /** A piece in the file: its validity, and where its UTF-8 text lies. */
    private record Stored(String validity, long offset, int length) {
    }

    private final Map<String, Stored> stored;
    private final FileChannel file;
    /** A piece rendered by this build: its validity and its UTF-8 text. */
    private record Fresh(String validity, byte[] text) {
    }

    /** Pieces rendered by this build, by key. */
    private final Map<String, Fresh> fresh = new ConcurrentHashMap<>();

    private KeptFragments(Map<String, Stored> stored, FileChannel file) {
        this.stored = stored;
        this.file = file;
    }

    /** A store keeping nothing from earlier builds. */
    public static KeptFragments none() {
        return new KeptFragments(Map.of(), null);
    }

    /** The pieces kept in {@code folder} by the last build; none when there are none usable. */
    public static KeptFragments read(Path folder) {
        Path path = folder.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return none();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
            int indexLength = ByteBuffer.wrap(BoundUnits.readFully(channel, 0, 4)).getInt();
            if (indexLength < 0 || indexLength > channel.size() - 4) {
                throw new IOException("index of " + indexLength + " bytes");
            }
            DataInputStream index = new DataInputStream(new ByteArrayInputStream(BoundUnits.readFully(channel, 4, indexLength)));
            if (!BoundUnits.codeVersion().equals(index.readUTF())) {
                channel.close();
                return none();
            }
            int count = index.readInt();
            Map<String, Stored> stored = new HashMap<>(count * 2);
            long at = 4L + indexLength;
            for (int i = 0; i < count; i++) {
                String key = index.readUTF();
                String validity = index.readUTF();
                int length = index.readInt();
                if (length < 0 || at + length > channel.size()) {
                    throw new IOException("a piece past the end of the file");
                }
                stored.put(key, new Stored(validity, at, length));
                at += length;
            }
            return new KeptFragments(stored, channel);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            return none(); // damaged: this build renders every piece and writes the file anew
        }
    }

    /** The UTF-8 text of the piece kept under {@code key} for inputs with this validity, or null. */
    public byte[] get(String key, String validity) {
        Fresh mine = fresh.get(key);
        if (mine != null) {
            return mine.validity().equals(validity) ? mine.text() : null;
        }
        Stored s = stored.get(key);
        if (s == null || !s.validity().equals(validity)) {
            return null;
        }
        try {
            return BoundUnits.readFully(file, s.offset(), s.length());
        } catch (IOException e) {
            return null; // rendered again
        }
    }

    /**
     * Keeps a piece this build rendered, as its UTF-8 text (one with an unusually long key, over
     * 1,000 characters, is not kept).
     */
    public void put(String key, String validity, byte[] text) {
        if (key.length() <= MAX_KEY && validity.length() <= MAX_KEY) {
            fresh.put(key, new Fresh(validity, text));
        }
    }

    /**
     * Writes the file again when this build rendered any piece or dropped one: its own pieces,
     * and the earlier ones whose validity is still one of {@code current} (copied from the old
     * file, so call this before {@link #close()}). Written beside the file, then moved over it.
     */
    public void write(Path folder, Set<String> current) {
        Map<String, String> validities = new TreeMap<>();
        Map<String, byte[]> texts = new HashMap<>();
        boolean changed = !fresh.isEmpty();
        for (Map.Entry<String, Stored> e : stored.entrySet()) {
            if (fresh.containsKey(e.getKey())) {
                continue;
            }
            if (!current.contains(e.getValue().validity())) {
                changed = true; // stale: dropped
                continue;
            }
            validities.put(e.getKey(), e.getValue().validity());
        }
        if (!changed) {
            return;
        }
        fresh.forEach((key, piece) -> {
            validities.put(key, piece.validity());
            texts.put(key, piece.text());
        });
        try {
            Files.createDirectories(folder);
            java.io.ByteArrayOutputStream indexBytes = new java.io.ByteArrayOutputStream();
            DataOutputStream index = new DataOutputStream(indexBytes);
            index.writeUTF(BoundUnits.codeVersion());
            index.writeInt(validities.size());
            for (Map.Entry<String, String> e : validities.entrySet()) {
                index.writeUTF(e.getKey());
                index.writeUTF(e.getValue());
                byte[] text = texts.get(e.getKey());
                index.writeInt(text != null ? text.length : stored.get(e.getKey()).length());
            }
            BoundUnits.writeBeside(folder.resolve(FILE), out -> {
                new DataOutputStream(out).writeInt(indexBytes.size());
                indexBytes.writeTo(out);
                // Kept pieces lie in the old file in the same order: each run of them is copied by
                // the kernel in one go (after a one-unit edit, a few runs instead of 10,000 reads).
                long runStart = 0;
                long runEnd = 0;
                for (String key : validities.keySet()) {
                    byte[] text = texts.get(key);
                    Stored s = text == null ? stored.get(key) : null;
                    if (s != null && s.offset() == runEnd) {
                        runEnd += s.length();
                        continue;
                    }
                    out.append(file, runStart, runEnd - runStart);
                    if (s != null) {
                        runStart = s.offset();
                        runEnd = s.offset() + s.length();
                    } else {
                        runStart = runEnd = 0;
                        out.write(text);
                    }
                }
                out.append(file, runStart, runEnd - runStart);
            });
        } catch (IOException e) {
            // the next build finds no file, or the previous one, and renders what it lacks
            throw new UncheckedIOException("cannot write the build cache's " + FILE + " in " + folder, e);
        }
    }

    @Override
    public void close() {
        closeQuietly(file);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // read only
            }
        }
    }
}
