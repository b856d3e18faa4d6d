package dev.threefold.core.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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
    private final FileWork closed;

    /** @param overwrite whether {@code target} is a spare to write over from its start (see {@link Spares}) rather than emptied first */
    StagedFile(Path target, boolean overwrite, FileWork closed) throws IOException {
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
        this(target, false, () -> { });
    }

    /** Appends {@code length} bytes of {@code source} from {@code offset}. */
    public void append(FileChannel source, long offset, long length) throws IOException {
        flush();
        for (long done = 0; done < length; ) {
            long n = source.transferTo(offset + done, length - done, channel);
            if (n <= 0) {
                throw new IOException("the previous file ended " + (length - done) + " bytes early");
            }
            done += n;
        }
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
        closed.run();
    }
}
