package dev.threefold.core.output;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Reading a range of a file whole: the staging writer's previous site, the build cache's files. */
public final class FileRanges {

    private FileRanges() {
    }

    /**
     * Fills {@code into} from {@code from} at {@code at}; positional, so safe while other threads
     * read other ranges of the same file. {@code name} says what is read, for the error when the
     * file ends first.
     */
    public static void readFully(FileChannel from, ByteBuffer into, long at, String name) throws IOException {
        while (into.hasRemaining()) {
            if (from.read(into, at + into.position()) < 0) {
                throw new EOFException(name + " ended " + into.remaining() + " bytes early");
            }
        }
    }
}
