package dev.threefold.core.render;

import dev.threefold.core.model.Unit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * A file made of one record per unit, {@code head [record,record,...] tail}:
 * units.json and the search index. Records are made on all cores and written
 * in order. With a {@link Reuse}, a unit whose record key is unchanged takes
 * its bytes from the previous build's file instead of being made again
 * (records that lay side by side there are copied as one range: after a
 * one-unit edit, two copies of the file's two halves), and where each record
 * lies is noted for the next build.
 */
final class UnitRecords {

    /** The previous build's records and where this build's go; keys as from {@link PageKeys}. */
    interface Reuse {
        /** The unit's key for this file, or null when its record must be made. */
        String key(Unit u);

        /** Where the record with this key lies in the previous build's file, {offset, length}, or null. */
        long[] previousAt(String key);

        /** Copies {@code length} bytes of the previous build's file from {@code offset} into {@code out}. */
        void copyPrevious(long offset, long length, OutputStream out) throws IOException;

        /** This build's record with this key lies at {@code offset}, {@code length} bytes long. */
        void wrote(String key, long offset, int length);
    }

    /** No previous build: every record is made. */
    static final Reuse NONE = new Reuse() {
        @Override
        public String key(Unit u) {
            return null;
        }

        @Override
        public long[] previousAt(String key) {
            return null;
        }

        @Override
        public void copyPrevious(long offset, long length, OutputStream out) {
            throw new IllegalStateException("no previous file");
        }

        @Override
        public void wrote(String key, long offset, int length) {
        }
    };

    /** A record: made now ({@code bytes}), or lying at {@code previousAt} in the previous build's file. */
    private record Made(String key, long[] previousAt, byte[] bytes) {
    }

    private UnitRecords() {
    }

    static void write(List<Unit> units, Function<Unit, byte[]> make, byte[] head, byte[] tail, OutputStream out, Reuse reuse) {
        try {
            out.write(head);
            out.write('[');
            Sequence records = new Sequence(out, reuse, head.length + 1L);
            InOrder.each(units, u -> {
                String key = reuse.key(u);
                long[] at = key == null ? null : reuse.previousAt(key);
                return new Made(key, at, at == null ? make.apply(u) : null);
            }, made -> {
                try {
                    records.add(made);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            records.flush();
            out.write(']');
            out.write(tail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes records comma-separated, in order. Previous records that follow each other in the
     * previous file (with the one comma between them) are gathered into a run and copied at once.
     */
    private static final class Sequence {
        private final OutputStream out;
        private final Reuse reuse;
        /** Where the next byte goes in this build's file. */
        private long position;
        private boolean first = true;
        /** The pending run: previous file range [runStart, runEnd), to go at runOut; runStart -1 when none. */
        private long runStart = -1;
        private long runEnd;
        private long runOut;

        Sequence(OutputStream out, Reuse reuse, long position) {
            this.out = out;
            this.reuse = reuse;
            this.position = position;
        }

        void add(Made made) throws IOException {
            long[] at = made.previousAt();
            boolean extendsRun = at != null && runStart >= 0 && at[0] == runEnd + 1;
            if (!extendsRun) {
                flush();
                if (!first) {
                    out.write(',');
                    position++;
                }
                if (at != null) {
                    runStart = at[0];
                    runOut = position;
                }
            }
            first = false;
            if (at != null) {
                runEnd = at[0] + at[1];
                reuse.wrote(made.key(), runOut + (at[0] - runStart), (int) at[1]);
            } else {
                out.write(made.bytes());
                if (made.key() != null) {
                    reuse.wrote(made.key(), position, made.bytes().length);
                }
                position += made.bytes().length;
            }
        }

        void flush() throws IOException {
            if (runStart >= 0) {
                reuse.copyPrevious(runStart, runEnd - runStart, out);
                position += runEnd - runStart;
                runStart = -1;
            }
        }
    }
}
