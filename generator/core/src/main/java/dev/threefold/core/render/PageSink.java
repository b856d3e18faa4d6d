package dev.threefold.core.render;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where rendered pages go. Called from several threads at once; each path is
 * written once. Paths are site-relative with '/' separators.
 */
public interface PageSink {

    void write(String path, byte[] bytes);

    /** Copies a file as it is (an asset). */
    void copy(String path, Path source);

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
