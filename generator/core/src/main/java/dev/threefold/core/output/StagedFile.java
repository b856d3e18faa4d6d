package dev.threefold.core.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of the staging folder being streamed, buffered, that can also take a range of another
 * file by the kernel's own copy ({@link FileChannel#transferTo}), never passing through the
 * JVM's memory: a one-unit rebuild copies nearly all of units.json (169 MB at 10,000 units)
 * from the previous site this way, where reading and writing it through a buffer copied it
 * four times.
 */
public final class StagedFile extends OutputStream {

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
    /** What is done once the file is whole and closed. */
    private final Closed closed;
    /** The ranges {from, to} appended from the same place in their source, in order. */
    private final List<long[]> copiedInPlace = new ArrayList<>();

    /** Work done with a staged file once it is whole and closed. */
    @FunctionalInterface
    interface Closed {
        void run(StagedFile file) throws IOException;
    }

    /** @param overwrite whether {@code target} is a spare to write over from its start (see {@link Spares}) rather than emptied first */
    StagedFile(Path target, boolean overwrite, Closed closed) throws IOException {
        this.channel = overwrite ? FileChannel.open(target, StandardOpenOption.WRITE)
                : FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        this.closed = closed;
    }

    @Override
    public void write(int b) throws IOException {
        if (!buffer.hasRemaining()) {
            flush();
        }
        buffer.put((byte) b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > buffer.remaining()) {
            flush();
            if (length > buffer.capacity()) {
                writeFully(ByteBuffer.wrap(bytes, offset, length));
                return;
            }
        }
        buffer.put(bytes, offset, length);
    }

    /** A new file at {@code target}, or one emptied. */
    public StagedFile(Path target) throws IOException {
        this(target, false, file -> { });
    }

    /** Appends {@code length} bytes of {@code source} from {@code offset}. */
    public void append(FileChannel source, long offset, long length) throws IOException {
        flush();
        long at = channel.position();
        if (at == offset) {
            copiedInPlace.add(new long[] {at, at + length});
        }
        for (long done = 0; done < length; ) {
            long n = source.transferTo(offset + done, length - done, channel);
            if (n <= 0) {
                throw new IOException("the previous file ended " + (length - done) + " bytes early");
            }
            done += n;
        }
    }

    /**
     * The ranges {from, to} of this file, ascending, that were appended from the very same
     * place in their source: when the source is this file's previous version, they are known
     * to be alike there without reading them.
     */
    List<long[]> copiedInPlace() {
        return copiedInPlace;
    }

    @Override
    public void flush() throws IOException {
        buffer.flip();
        writeFully(buffer);
        buffer.clear();
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            flush();
            if (channel.size() > channel.position()) { // a spare longer than this file: its old end goes
                channel.truncate(channel.position());
            }
        }
        closed.run(this);
    }
}
