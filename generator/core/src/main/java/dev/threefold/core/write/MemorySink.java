package dev.threefold.core.write;

import dev.threefold.core.render.PageSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps the site in memory: for tests and for callers that post-process pages. */
public final class MemorySink implements PageSink {

    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    @Override
    public void write(String path, byte[] bytes) {
        if (pages.putIfAbsent(path, bytes) != null) {
            throw new IllegalStateException("page written twice: " + path);
        }
    }

    @Override
    public void copy(String path, Path source) {
        try {
            write(path, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, byte[]> pages() {
        return new TreeMap<>(pages);
    }

    /** The page as text, or null when it was not written. */
    public String text(String path) {
        byte[] b = pages.get(path);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
