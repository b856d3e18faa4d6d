package dev.threefold.core.cache;

import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.model.Unit;
import dev.threefold.core.output.FileRanges;
import dev.threefold.core.output.StagedFile;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.CollectionSerializer;
import com.esotericsoftware.kryo.serializers.DefaultSerializers;
import com.esotericsoftware.kryo.serializers.ImmutableCollectionsSerializers;
import com.esotericsoftware.kryo.serializers.MapSerializer;
import org.apache.commons.codec.digest.MurmurHash3;
import dev.threefold.core.diag.Position;
import dev.threefold.core.diag.Severity;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.Assessment;
import dev.threefold.core.model.Audience;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.EntryPoint;
import dev.threefold.core.model.Grouping;
import dev.threefold.core.model.Lesson;
import dev.threefold.core.model.LessonFacts;
import dev.threefold.core.model.Lessons;
import dev.threefold.core.model.Level;
import dev.threefold.core.model.Markdown;
import dev.threefold.core.model.Prompt;
import dev.threefold.core.model.PromptKind;
import dev.threefold.core.model.Prose;
import dev.threefold.core.model.Ref;
import dev.threefold.core.model.Role;
import dev.threefold.core.model.Strategy;
import dev.threefold.core.model.UnitProse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * The content-hash cache: every unit file's bound result, keyed by its path
 * and the hash of its text and of what binding it depends on (curriculum.yaml
 * and the asset list). A build binds again only the files whose hashes
 * changed, and reads only the files whose size or modification time changed.
 * Kept in {@code .<site>.threefold-cache/} beside the site; a cache that is
 * missing, unreadable or written by another Threefold jar is ignored, so
 * deleting the folder is always safe and gives a full build.
 */
public final class BoundUnits {

    /**
     * One unit file's result; {@code unit} is null when the file could not be bound. {@code stamp}
     * is the file's {@link dev.threefold.core.load.FileStamp} when it was read, or "": a later build
     * that lists the file with the same stamp uses the entry without reading the file.
     */
    public record Entry(String textHash, String contextHash, Unit unit, List<Diagnostic> diagnostics, String stamp,
                        String outlineHash) {

        /** The same result for a file with a new stamp (touched, or settled, but with the same text). */
        public Entry withStamp(String newStamp) {
            return newStamp.equals(stamp) ? this : new Entry(textHash, contextHash, unit, diagnostics, newStamp, outlineHash);
        }
    }

    /** The cache is split by path into this many files, read and written on all cores. */
    private static final int SHARDS = 16;
    /** Everything an entry holds. Kryo reads back only these classes, so a cache file can never name another. */
    static final List<Class<?>> CLASSES = List.of(Entry.class, Unit.class, UnitProse.class, Lesson.class, Activity.class,
            Assessment.class, EntryPoint.class, Grouping.class, Markdown.class, Prompt.class, Ref.class, Role.class,
            Diagnostic.class, Position.class, Audience.class, Dimension.class, Level.class, PromptKind.class,
            Strategy.class, Severity.class, ArrayList.class, HashMap.class);

    private BoundUnits() {
    }

    /** {@code site/} → {@code .site.threefold-cache/} in the same folder. */
    public static Path folderFor(Path output) {
        Path o = output.toAbsolutePath().normalize();
        return o.resolveSibling("." + o.getFileName() + ".threefold-cache");
    }

    /** A 128-bit MurmurHash3 of the text, as hex: tells changed texts from unchanged ones. */
    public static String hash(String text) {
        return hex(MurmurHash3.hash128x64(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String hex(long[] hash) {
        return HexFormat.of().toHexDigits(hash[0]).concat(HexFormat.of().toHexDigits(hash[1]));
    }

    /** Per thread: Kryo for {@link #outlineHash}, and its buffer. */
    private static final ThreadLocal<Kryo> OUTLINE_KRYO = ThreadLocal.withInitial(() -> {
        Kryo kryo = kryo();
        kryo.register(Markdown.class, new Nothing<Markdown>());
        kryo.register(Position.class, new Nothing<Position>());
        kryo.register(Lessons.class, new LessonsInline()); // their markdown and positions left out too
        kryo.register(Prose.class, new ProseInline());
        return kryo;
    });
    /** Per thread: the Kryo that reads lessons and prose kept as bytes ({@link KeptBytes}). */
    private static final ThreadLocal<Kryo> LATER_READER = ThreadLocal.withInitial(BoundUnits::kryo);
    private static final ThreadLocal<Output> OUTLINE_BUFFER = ThreadLocal.withInitial(() -> new Output(1 << 14, -1));

    /**
     * A hash of the unit without its markdown texts and source positions: everything the
     * site-wide pages (home, indexes, standards, sequence, reports) may show of it. Those pages
     * never show a unit's prose (a test holds them to it), so an edit to a summary or an activity's
     * description, which moves the positions after it, leaves their key as it was.
     */
    public static String outlineHash(Unit unit) {
        Output out = OUTLINE_BUFFER.get();
        out.reset();
        OUTLINE_KRYO.get().writeObject(out, unit);
        return hex(MurmurHash3.hash128x64(out.getBuffer(), 0, out.position(), 0));
    }

    /**
     * A unit's lessons in the cache: their count, minutes per dimension and {@link LessonFacts},
     * then the lessons as bytes, decoded only when a page needs them ({@link Lessons#later}).
     * Reading a shard skips the bytes and notes where they are (they are most of the cache, and
     * a rebuild after an edit to one unit needs none of them, not even for the reports). Lessons
     * read from the cache and never used are written back as the same bytes, without decoding them.
     */
    private static final class LessonsAsBytes extends Serializer<Lessons> {

        /** The shard being read, or null for a Kryo that only writes. */
        private final ShardFile shard;

        LessonsAsBytes(ShardFile shard) {
            this.shard = shard;
        }

        @Override
        public void write(Kryo kryo, Output out, Lessons lessons) {
            out.writeVarInt(lessons.size(), true);
            for (Dimension d : Dimension.values()) {
                out.writeVarInt(lessons.minutes(d), true);
            }
            writeFacts(kryo, out, lessons.facts());
            KeptBytes<?> kept = lessons.isRead() ? null : kept(lessons.source());
            writeApart(kryo, out, kept, inner -> {
                for (Lesson l : lessons) {
                    kryo.writeObject(inner, l);
                }
            });
        }

        @Override
        public Lessons read(Kryo kryo, Input in, Class<? extends Lessons> type) {
            int size = in.readVarInt(true);
            int[] minutes = new int[Dimension.values().length];
            for (int i = 0; i < minutes.length; i++) {
                minutes[i] = in.readVarInt(true);
            }
            LessonFacts facts = readFacts(kryo, in);
            return Lessons.later(size, minutes, facts, KeptBytes.from(in, shard, lessonsReader(size)));
        }

        private static void writeFacts(Kryo kryo, Output out, LessonFacts f) {
            out.writeVarInt(f.sharedTasks(), true);
            for (int n : f.levels()) {
                out.writeVarInt(n, true);
            }
            out.writeVarInt(f.fewEntryPoints().size(), true);
            for (LessonFacts.Task t : f.fewEntryPoints()) {
                kryo.writeObject(out, t.where());
                kryo.writeObject(out, t.title());
                out.writeVarInt(t.dimension().ordinal(), true);
                out.writeVarInt(t.entryPoints(), true);
            }
            out.writeVarInt(f.unreflective().size(), true);
            for (LessonFacts.Quiet q : f.unreflective()) {
                out.writeVarInt(q.number(), true);
                kryo.writeObject(out, q.title());
                out.writeVarInt(q.minutes(), true);
            }
            for (int n : f.prompts()) {
                out.writeVarInt(n, true);
            }
        }

        private static LessonFacts readFacts(Kryo kryo, Input in) {
            int sharedTasks = in.readVarInt(true);
            int[] levels = new int[Level.values().length + 1];
            for (int i = 0; i < levels.length; i++) {
                levels[i] = in.readVarInt(true);
            }
            int n = in.readVarInt(true);
            List<LessonFacts.Task> few = new ArrayList<>(Math.min(n, 64));
            for (int i = 0; i < n; i++) {
                few.add(new LessonFacts.Task(kryo.readObject(in, String.class), kryo.readObject(in, String.class),
                        Dimension.values()[in.readVarInt(true)], in.readVarInt(true)));
            }
            n = in.readVarInt(true);
            List<LessonFacts.Quiet> unreflective = new ArrayList<>(Math.min(n, 64));
            for (int i = 0; i < n; i++) {
                unreflective.add(new LessonFacts.Quiet(in.readVarInt(true), kryo.readObject(in, String.class), in.readVarInt(true)));
            }
            int[] prompts = new int[PromptKind.values().length + 1];
            for (int i = 0; i < prompts.length; i++) {
                prompts[i] = in.readVarInt(true);
            }
            return new LessonFacts(sharedTasks, levels, List.copyOf(few), List.copyOf(unreflective), prompts);
        }
    }

    /**
     * Writes bytes kept from the cache as they are, or else what {@code write} writes, as bytes
     * of their own after their length: they are read on their own, later, so their positions
     * name their file afresh.
     */
    private static void writeApart(Kryo kryo, Output out, KeptBytes<?> kept, java.util.function.Consumer<Output> write) {
        byte[] bytes;
        if (kept != null) {
            bytes = kept.bytes();
        } else {
            Positions positions = (Positions) kryo.getSerializer(Position.class);
            String outer = positions.startAfresh(null);
            Output inner = new Output(4096, -1);
            write.accept(inner);
            bytes = inner.toBytes();
            positions.startAfresh(outer);
        }
        out.writeVarInt(bytes.length, true);
        out.writeBytes(bytes);
    }

    /** The cache bytes behind a value not decoded yet, or null. */
    private static KeptBytes<?> kept(Object source) {
        return source instanceof KeptBytes<?> kept ? kept : null;
    }

    /** Reads a unit's {@code size} lessons as {@link LessonsAsBytes} wrote them apart. */
    private static java.util.function.BiFunction<Kryo, Input, List<Lesson>> lessonsReader(int size) {
        return (kryo, in) -> {
            List<Lesson> lessons = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                lessons.add(kryo.readObject(in, Lesson.class));
            }
            return lessons;
        };
    }

    /** Reads a unit's prose as {@link ProseAsBytes} wrote it apart. */
    private static final java.util.function.BiFunction<Kryo, Input, UnitProse> PROSE_READER =
            (kryo, in) -> kryo.readObject(in, UnitProse.class);

    /**
     * Part of an entry (its lessons, its prose) as the cache holds it: bytes at hand, or at a
     * place in a shard file. Decoded by {@code read} on first use on whichever thread asks.
     */
    private static final class KeptBytes<T> implements java.util.function.Supplier<T> {
        private final ShardFile shard;
        private final long offset;
        private final int length;
        private final java.util.function.BiFunction<Kryo, Input, T> read;
        private volatile byte[] bytes;

        private KeptBytes(byte[] bytes, ShardFile shard, long offset, int length, java.util.function.BiFunction<Kryo, Input, T> read) {
            this.bytes = bytes;
            this.shard = shard;
            this.offset = offset;
            this.length = length;
            this.read = read;
        }

        /** Bytes at hand. */
        static <T> KeptBytes<T> of(byte[] bytes, java.util.function.BiFunction<Kryo, Input, T> read) {
            return new KeptBytes<>(bytes, null, 0, bytes.length, read);
        }

        /**
         * The bytes written by {@link #writeApart} at {@code in}'s place: skipped, and noted as a
         * place in {@code shard}, or read at once from a stream that is no shard (null).
         */
        static <T> KeptBytes<T> from(Input in, ShardFile shard, java.util.function.BiFunction<Kryo, Input, T> read) {
            int length = in.readVarInt(true);
            if (shard == null) {
                return of(in.readBytes(length), read);
            }
            long offset = in.total();
            in.skip(length);
            return new KeptBytes<>(null, shard, offset, length, read);
        }

        /** The bytes, kept once read: they are read only to be written back into a new shard. */
        byte[] bytes() {
            byte[] b = bytes;
            if (b == null) {
                b = shard.read(offset, length);
                bytes = b;
            }
            return b;
        }

        /** Decodes the bytes with this thread's reader, starting afresh as {@link #writeApart} wrote them. */
        @Override
        public T get() {
            byte[] b = bytes;
            Input in = new Input(b != null ? b : shard.read(offset, length));
            Kryo kryo = LATER_READER.get();
            ((Positions) kryo.getSerializer(Position.class)).startAfresh(null);
            try {
                return read.apply(kryo, in);
            } catch (KryoException | IllegalArgumentException | ClassCastException | IndexOutOfBoundsException e) {
                // Shards are written whole and checked when read, so only a file changed on disk gets here.
                throw new Damaged(e);
            }
        }
    }

    /**
     * A unit's prose in the cache: as bytes, decoded only when a page needs them ({@link Prose#later}).
     * A rebuild after an edit to one unit reads the prose of the few units whose pages it makes
     * again; the rest is written back as the same bytes.
     */
    private static final class ProseAsBytes extends Serializer<Prose> {
        private final ShardFile shard;

        ProseAsBytes(ShardFile shard) {
            this.shard = shard;
        }

        @Override
        public void write(Kryo kryo, Output out, Prose prose) {
            writeApart(kryo, out, prose.isRead() ? null : kept(prose.source()), inner -> kryo.writeObject(inner, prose.get()));
        }

        @Override
        public Prose read(Kryo kryo, Input in, Class<? extends Prose> type) {
            return Prose.later(KeptBytes.from(in, shard, PROSE_READER));
        }
    }

    /** For the outline: the prose written in place, so the outline's own serializers apply within it. */
    private static final class ProseInline extends Serializer<Prose> {
        @Override
        public void write(Kryo kryo, Output out, Prose prose) {
            kryo.writeObject(out, prose.get());
        }

        @Override
        public Prose read(Kryo kryo, Input in, Class<? extends Prose> type) {
            throw new UnsupportedOperationException("an outline is hashed, never read");
        }
    }

    /** For the outline: every lesson written in place, so the outline's own serializers apply within them. */
    private static final class LessonsInline extends Serializer<Lessons> {
        @Override
        public void write(Kryo kryo, Output out, Lessons lessons) {
            out.writeVarInt(lessons.size(), true);
            for (Lesson l : lessons) {
                kryo.writeObject(out, l);
            }
        }

        @Override
        public Lessons read(Kryo kryo, Input in, Class<? extends Lessons> type) {
            throw new UnsupportedOperationException("an outline is hashed, never read");
        }
    }

    /**
     * Strings as their UTF-8 bytes after a length. Kryo's own serializer writes a string longer
     * than 32 characters one character at a time and reads it back through a char array (a
     * second copy of every string, as garbage, when a rebuild reads 10,000 units); the JDK's
     * encoder and decoder copy ASCII text whole. Null is written by Kryo itself (this serializer
     * does not accept it).
     */
    private static final class Utf8Strings extends Serializer<String> {
        Utf8Strings() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output out, String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeVarInt(bytes.length, true);
            out.writeBytes(bytes);
        }

        @Override
        public String read(Kryo kryo, Input in, Class<? extends String> type) {
            int length = in.readVarInt(true);
            if (length < 0) {
                throw new KryoException("a string of " + length + " bytes");
            }
            if (in.limit() - in.position() >= length) { // decoded in place, from the buffer
                String s = new String(in.getBuffer(), in.position(), length, StandardCharsets.UTF_8);
                in.setPosition(in.position() + length);
                return s;
            }
            return new String(in.readBytes(length), StandardCharsets.UTF_8);
        }
    }

    /**
     * Positions, their file written only when it is not the previous position's: a unit's
     * thirty-odd positions all name its file, which took a tenth of the cache's bytes, and as
     * many strings to decode in every rebuild, written out each time. One per Kryo, which reads
     * or writes one stream in order; lessons' bytes start afresh, since they are read on their own.
     */
    private static final class Positions extends Serializer<Position> {
        private String file;

        Positions() {
            setImmutable(true);
        }

        /** Forgets the previous file (or takes {@code previous} back); returns the one it had. */
        String startAfresh(String previous) {
            String had = file;
            file = previous;
            return had;
        }

        @Override
        public void write(Kryo kryo, Output out, Position p) {
            boolean same = p.file() != null && p.file().equals(file);
            out.writeBoolean(same);
            if (!same) {
                kryo.writeObjectOrNull(out, p.file(), String.class);
                file = p.file();
            }
            out.writeVarInt(p.line(), true);
            out.writeVarInt(p.column(), true);
        }

        @Override
        public Position read(Kryo kryo, Input in, Class<? extends Position> type) {
            if (!in.readBoolean()) {
                file = kryo.readObjectOrNull(in, String.class);
            } else if (file == null) {
                throw new KryoException("a position naming the previous file, with none before it");
            }
            return new Position(file, in.readVarInt(true), in.readVarInt(true));
        }
    }

    /** A markdown field as it is held: the HTML of a plain paragraph is not written (see {@link Markdown}). */
    private static final class MarkdownAsStored extends Serializer<Markdown> {
        MarkdownAsStored() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output out, Markdown m) {
            kryo.writeObjectOrNull(out, m.source(), String.class);
            kryo.writeObjectOrNull(out, m.isPlainParagraph() ? null : m.html(), String.class);
        }

        @Override
        public Markdown read(Kryo kryo, Input in, Class<? extends Markdown> type) {
            String source = kryo.readObjectOrNull(in, String.class);
            return new Markdown(source, kryo.readObjectOrNull(in, String.class));
        }
    }

    /** Writes nothing for a value (its presence is still written by the record holding it); never read back. */
    private static final class Nothing<T> extends Serializer<T> {
        @Override
        public void write(Kryo kryo, Output output, T value) {
        }

        @Override
        public T read(Kryo kryo, Input input, Class<? extends T> type) {
            throw new UnsupportedOperationException("an outline is hashed, never read");
        }
    }

    /**
     * Cached lessons or prose that cannot be decoded when a page needs them: the cache was changed on disk
     * after it was written. {@link dev.threefold.core.Build} then deletes it and builds without it.
     */
    public static final class Damaged extends IllegalStateException {
        Damaged(Throwable cause) {
            super("the build cache is damaged: a unit's lessons or prose cannot be read", cause);
        }
    }

    /** Prose kept as its cache bytes, decoded on first use. */
    static Prose proseKeptAsBytes(byte[] bytes) {
        return Prose.later(KeptBytes.of(bytes, PROSE_READER));
    }

    /** Lessons kept as their cache bytes, decoded on first use. */
    static Lessons keptAsBytes(int size, int[] minutes, LessonFacts facts, byte[] bytes) {
        return Lessons.later(size, minutes, facts, KeptBytes.of(bytes, lessonsReader(size)));
    }

    /**
     * A shard file as it was read. Each shard is written with a random generation number after
     * its version; reading lessons from it later first checks that the file still has it, so
     * lessons are never read from a shard another build has replaced since.
     */
    private record ShardFile(Path path, long generationAt, long generation) {

        byte[] read(long offset, int length) {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                if (new Input(readFully(channel, generationAt, 8)).readLong() != generation) {
                    throw new Damaged(new IOException(path + " was replaced after it was read"));
                }
                return readFully(channel, offset, length);
            } catch (IOException e) {
                throw new Damaged(e);
            }
        }

    }

    /** The {@code length} bytes of {@code channel} from {@code at}: a shard's lessons, a kept piece of a page. */
    static byte[] readFully(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        FileRanges.readFully(channel, buffer, at, "the " + length + " bytes at " + at);
        return buffer.array();
    }

    /** Deletes the cache folder's files (and the folder): the next build starts afresh. */
    public static void delete(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the build cache " + folder, e);
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

    private static Map<String, Entry> readShard(Path file, String version) {
        if (!Files.isRegularFile(file) || version.equals("unknown")) {
            return null;
        }
        try (InputStream stream = Files.newInputStream(file); Input in = new Input(stream, 1 << 16)) {
            if (!version.equals(in.readString())) {
                return null;
            }
            long generationAt = in.total();
            Kryo kryo = kryo(new ShardFile(file, generationAt, in.readLong()));
            int count = in.readInt(true);
            Map<String, Entry> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                entries.put(in.readString(), kryo.readObject(in, Entry.class));
            }
            return entries;
        } catch (IOException | KryoException | IllegalArgumentException | ClassCastException e) {
            return null; // damaged, or written by other code: rebuilt by this build
        }
    }

    /** A Kryo for one thread (Kryo is not thread-safe) that knows exactly our classes, and writes. */
    static Kryo kryo() {
        return kryo(null);
    }

    /** The same, reading {@code shard} (or only writing, when null). */
    private static Kryo kryo(ShardFile shard) {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(true);
        kryo.setReferences(false); // the model is a tree: no shared or cyclic references to track
        ImmutableCollectionsSerializers.addDefaultSerializers(kryo);
        ImmutableCollectionsSerializers.registerSerializers(kryo);
        CLASSES.forEach(c -> kryo.register(c, serializerOf(c)));
        kryo.register(String.class, new Utf8Strings());
        kryo.register(Position.class, new Positions());
        kryo.register(Markdown.class, new MarkdownAsStored());
        kryo.register(Lessons.class, new LessonsAsBytes(shard));
        kryo.register(Prose.class, new ProseAsBytes(shard));
        return kryo;
    }

    /**
     * The serializer for {@code c}, made directly: Kryo's own choice tries the serializer's
     * constructors by reflection, and the ones missing cost an exception each, some 740 per rebuild
     * (two for each class, for each of the Kryo instances a build makes). Records get
     * {@link ComponentsSerializer}; the rest what Kryo would choose.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Serializer<?> serializerOf(Class<?> c) {
        if (c.isRecord()) {
            return new ComponentsSerializer<>(c);
        }
        if (c.isEnum()) {
            return new DefaultSerializers.EnumSerializer((Class<? extends Enum>) c);
        }
        if (c == ArrayList.class) {
            return new CollectionSerializer<>();
        }
        if (c == HashMap.class) {
            return new MapSerializer<>();
        }
        throw new IllegalArgumentException("no serializer chosen for " + c);
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
        writeLater(folder, before, entries).run();
    }

    /**
     * As {@link #write(Path, Map, Map)}, in two steps, so that the shards can be written while the
     * site renders: the lessons of the shards to be replaced are read into memory now (a page may
     * still need them once their file is replaced), and the returned task writes the shards.
     */
    public static Runnable writeLater(Path folder, Map<String, Entry> before, Map<String, Entry> entries) {
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
        for (int i = 0; i < SHARDS; i++) {
            if (dirty[i]) {
                shards.get(i).values().forEach(BoundUnits::keepUnreadBytes);
            }
        }
        String version = codeVersion();
        return () -> {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the build cache folder " + folder, e);
            }
            IntStream.range(0, SHARDS).filter(i -> dirty[i]).forEach(i -> writeShard(folder, shardName(i), version, shards.get(i)));
        };
    }

    /** Reads an entry's lessons and prose still in their shard file into memory, as bytes. */
    private static void keepUnreadBytes(Entry e) {
        if (e.unit() == null) {
            return;
        }
        KeptBytes<?> lessons = e.unit().lessons() instanceof Lessons l && !l.isRead() ? kept(l.source()) : null;
        KeptBytes<?> prose = e.unit().prose().isRead() ? null : kept(e.unit().prose().source());
        for (KeptBytes<?> k : new KeptBytes<?>[] {lessons, prose}) {
            if (k != null) {
                k.bytes();
            }
        }
    }

    private static int shardOf(String path) {
        return Math.floorMod(path.hashCode(), SHARDS);
    }

    private static void writeShard(Path folder, String name, String version, Map<String, Entry> entries) {
        try {
            writeBeside(folder.resolve(name), stream -> {
                Output out = new Output(stream, 1 << 16);
                out.writeString(version);
                out.writeLong(ThreadLocalRandom.current().nextLong()); // the generation: see ShardFile
                out.writeInt(entries.size(), true);
                Kryo kryo = kryo();
                for (Map.Entry<String, Entry> e : entries.entrySet()) {
                    out.writeString(e.getKey());
                    kryo.writeObject(out, e.getValue());
                }
                out.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache in " + folder, e);
        } catch (KryoException e) {
            // A class the cache does not know: a bug, but not the site's problem. Without this
            // shard the next build simply binds everything again.
            try {
                Files.deleteIfExists(folder.resolve(name));
            } catch (IOException ignored) {
                // the stale shard fails its version check or a later write replaces it
            }
        }
    }

    /** Writes the bytes of a cache file. */
    interface FileWriting {
        void to(StagedFile out) throws IOException;
    }

    /**
     * Writes {@code target} beside itself, then moves it over the old one, so a killed build never
     * leaves half a file; the file written beside is removed when writing fails.
     */
    static void writeBeside(Path target, FileWriting writing) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (StagedFile out = new StagedFile(tmp)) {
                writing.to(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
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
