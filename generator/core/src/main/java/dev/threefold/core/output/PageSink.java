package dev.threefold.core.output;

import java.nio.file.Path;

/**
 * Where rendered pages go. Called from several threads at once; each path is
 * written once. Paths are site-relative with '/' separators.
 */
public interface PageSink {

    void write(String path, byte[] bytes);

    /** Copies a file as it is (an asset). */
    void copy(String path, Path source);
}
