package dev.threefold.core.cache;

import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.model.Unit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The content-hash cache: every unit file's bound result, keyed by its path
 * and the SHA-256 of its text and of what binding it depends on (curriculum.yaml
 * and the asset list). A build binds again only the files whose hashes
 * changed. Kept in {@code .<site>.threefold-cache/} beside the site; a cache
 * that is missing, unreadable or written by another Threefold jar is ignored,
 * so deleting the folder is always safe and gives a full build.
 */
public final class BoundUnits {

    /** One unit file's result; {@code unit} is null when the file could not be bound. */
    public record Entry(String textHash, String contextHash, Unit unit, List<Diagnostic> diagnostics) implements Serializable {
    }

    /** The cache is split by path into this many files, read and written on all cores. */
    private static final int SHARDS = 16;
    /** Only our model and the JDK collections it uses may be read back. */
    private static final ObjectInputFilter ONLY_MODEL = ObjectInputFilter.Config.createFilter(
            "dev.threefold.core.**;java.util.*;java.lang.*;!*");

    private BoundUnits() {
    }

    /** {@code site/} → {@code .site.threefold-cache/} in the same folder. */
    public static Path folderFor(Path output) {
        Path o = output.toAbsolutePath().normalize();
        return o.resolveSibling("." + o.getFileName() + ".threefold-cache");
    }

    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** The cached entries by file path; empty when there is no usable cache. */
    public static Map<String, Entry> read(Path folder) {
        String version = codeVersion();
        List<Map<String, Entry>> shards = IntStream.range(0, SHARDS).parallel()
                .mapToObj(i -> readShard(folder.resolve(shardName(i)), version)).toList();
        Map<String, Entry> all = new HashMap<>();
        for (Map<String, Entry> shard : shards) {
            if (shard == null) {
                return new HashMap<>(); // one shard missing or unreadable: start afresh
            }
            all.putAll(shard);
        }
        return all;
    }

    private static String shardName(int i) {
        return "bound-units-" + i + ".bin";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Entry> readShard(Path file, String version) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            in.setObjectInputFilter(ONLY_MODEL);
            if (version.equals("unknown") || !version.equals(in.readUTF())) {
                return null;
            }
            return (Map<String, Entry>) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalStateException e) {
            return null; // InvalidClassException and friends: a cache from other code, rebuilt by this build
        }
    }

    /**
     * Replaces the cache. Each shard is written beside its file, then moved over it, so a killed
     * build never leaves half a shard; shards from two builds fail no check but each holds whole,
     * correct entries, since an entry is used only when its hashes match.
     */
    public static void write(Path folder, Map<String, Entry> entries) {
        write(folder, Map.of(), entries);
    }

    /**
     * Writes only the shards whose entries differ from {@code before} (the cache as read): after
     * a one-file edit, one shard of sixteen. Unchanged entries are the very objects read, so
     * comparing references is enough.
     */
    public static void write(Path folder, Map<String, Entry> before, Map<String, Entry> entries) {
        List<Map<String, Entry>> shards = new ArrayList<>();
        boolean[] dirty = new boolean[SHARDS];
        for (int i = 0; i < SHARDS; i++) {
            shards.add(new HashMap<>());
            dirty[i] = before.isEmpty() || !Files.isRegularFile(folder.resolve(shardName(i)));
        }
        entries.forEach((path, e) -> {
            int shard = shardOf(path);
            shards.get(shard).put(path, e);
            dirty[shard] |= before.get(path) != e;
        });
        before.keySet().stream().filter(path -> !entries.containsKey(path)).forEach(path -> dirty[shardOf(path)] = true);
        String version = codeVersion();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the build cache folder " + folder, e);
        }
        IntStream.range(0, SHARDS).parallel().filter(i -> dirty[i])
                .forEach(i -> writeShard(folder, shardName(i), version, shards.get(i)));
    }

    private static int shardOf(String path) {
        return Math.floorMod(path.hashCode(), SHARDS);
    }

    private static void writeShard(Path folder, String name, String version, Map<String, Entry> entries) {
        try {
            Path tmp = Files.createTempFile(folder, name, ".tmp");
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeUTF(version);
                out.writeObject(entries);
            }
            Files.move(tmp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache in " + folder, e);
        }
    }

    /** The jar (or classes folder) this code came from, with its size and time: another build of Threefold starts afresh. */
    public static String codeVersion() {
        try {
            Path code = Path.of(BoundUnits.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
