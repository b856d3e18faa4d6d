package dev.threefold.core.output;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where rendered pages go. Called from several threads at once; each path is
 * written once. Paths are site-relative with '/' separators.
 */
public interface PageSink {

    void write(String path, byte[] bytes);

    /**
     * Keeps the previous build's file at {@code path} when it was made from inputs with the same
     * key, instead of rendering it again; false when the sink cannot (then the caller renders).
     */
    default boolean keep(String path, String key) {
        return false;
    }

    /**
     * Keeps every file the previous build wrote under {@code prefix} (a folder, ending in '/') when
     * all of them were made from inputs with this key and are still there; false when the sink
     * cannot or any differs (then the caller makes them all).
     */
    default boolean keepAll(String prefix, String key) {
        return false;
    }

    /**
     * Where, in the previous build's file at {@code path}, the record written with this key (one
     * unit's part of units.json, say) lies, as {offset, length}; null when there is none.
     */
    default long[] previousRecordAt(String path, String key) {
        return null;
    }

    /** Copies {@code length} bytes of the previous build's file at {@code path}, from {@code offset}, into {@code out}. */
    default void copyPrevious(String path, long offset, long length, OutputStream out) throws java.io.IOException {
        throw new java.io.IOException("no previous build to copy " + path + " from");
    }

    /** Notes that the record with this key lies at {@code offset} in this build's file at {@code path}. */
    default void record(String path, String key, long offset, int length) {
    }

    /** Writes a page made from inputs with this key, so that the next build can keep it. */
    default void write(String path, byte[] bytes, String key) {
        write(path, bytes);
    }

    /** Copies a file as it is (an asset). */
    void copy(String path, Path source);

    /** Copies a file as it is, made from inputs with this key, so that the next build can keep it. */
    default void copy(String path, Path source, String key) {
        copy(path, source);
    }

    /**
     * Streams a large file (e.g. units.json) instead of holding it in memory;
     * the caller closes the stream. The default collects the bytes and writes them.
     */
    default OutputStream open(String path) {
        PageSink sink = this;
        return new ByteArrayOutputStream(64 * 1024) {
            @Override
            public void close() {
                sink.write(path, toByteArray());
            }
        };
    }
}
