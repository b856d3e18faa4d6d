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
 * its bytes from the previous build's file instead of being made again, and
 * where each record lies is noted for the next build.
 */
final class UnitRecords {

    /** The previous build's records and where this build's go; keys as from {@link PageKeys}. */
    interface Reuse {
        /** The unit's key for this file, or null when its record must be made. */
        String key(Unit u);

        /** The record with this key from the previous build's file, or null. */
        byte[] previous(String key);

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
        public byte[] previous(String key) {
            return null;
        }

        @Override
        public void wrote(String key, long offset, int length) {
        }
    };

    private record Made(String key, byte[] bytes) {
    }

    private UnitRecords() {
    }

    static void write(List<Unit> units, Function<Unit, byte[]> make, byte[] head, byte[] tail, OutputStream out, Reuse reuse) {
        try {
            out.write(head);
            out.write('[');
            long[] offset = {head.length + 1L};
            InOrder.each(units, u -> {
                String key = reuse.key(u);
                byte[] kept = key == null ? null : reuse.previous(key);
                return new Made(key, kept != null ? kept : make.apply(u));
            }, made -> {
                try {
                    if (offset[0] > head.length + 1L) {
                        out.write(',');
                        offset[0]++;
                    }
                    out.write(made.bytes());
                    if (made.key() != null) {
                        reuse.wrote(made.key(), offset[0], made.bytes().length);
                    }
                    offset[0] += made.bytes().length;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.write(']');
            out.write(tail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
