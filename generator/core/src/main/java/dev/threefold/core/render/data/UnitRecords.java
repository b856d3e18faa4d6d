package dev.threefold.core.render.data;

import dev.threefold.core.model.Unit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * A file made of one record per unit, {@code head [record,record,...] tail}:
 * units.json and the search index. Records are made on all cores and written
 * in order, streamed, so the whole file is never held in memory.
 */
final class UnitRecords {

    private UnitRecords() {
    }

    static void write(List<Unit> units, Function<Unit, byte[]> make, byte[] head, byte[] tail, OutputStream out) {
        try {
            out.write(head);
            out.write('[');
            boolean[] first = {true};
            InOrder.each(units, make, bytes -> {
                try {
                    if (!first[0]) {
                        out.write(',');
                    }
                    first[0] = false;
                    out.write(bytes);
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
