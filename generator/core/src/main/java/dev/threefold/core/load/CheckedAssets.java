package dev.threefold.core.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SVG assets found safe ({@link AssetCheck}), each with the {@link FileStamp} it had then.
 * An SVG listed with the same stamp is not read or parsed again, as a unit file with its stamp
 * is not bound again: parsing took 1.2 ms an SVG in a fresh JVM, so a no-change rebuild of
 * 1,000 units with 500 diagrams spent 0.6 s of its 1.3 s on them. A build with a build cache
 * keeps the list there; an incremental Build (the preview, a watched build) keeps it in memory.
 * Refused assets are never listed: they are checked, and reported, on every build.
 */
public final class CheckedAssets {

    /**
     * Raised whenever the checks of {@link AssetCheck} change, so that no SVG found safe under
     * older rules is taken as checked (2: the allowlist of SVG elements and attributes).
     */
    private static final String VERSION = "threefold-checked-assets 2";

    /** Content path (e.g. {@code assets/a.svg}) → stamp. */
    private final Map<String, String> safe = new ConcurrentHashMap<>();
    private volatile boolean changed;

    /** None known: every asset is checked. */
    public CheckedAssets() {
    }

    /**
     * The list kept in {@code file} by a build of the same code ({@code codeVersion}, since the
     * checks may differ between versions); none when it is missing, older or unreadable.
     */
    public static CheckedAssets read(Path file, String codeVersion) {
        CheckedAssets known = new CheckedAssets();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return known;
        }
        if (lines.size() < 2 || !lines.get(0).equals(VERSION) || !lines.get(1).equals(codeVersion)) {
            return known;
        }
        for (String line : lines.subList(2, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab > 0 && tab < line.length() - 1) {
                known.safe.put(line.substring(tab + 1), line.substring(0, tab));
            }
        }
        return known;
    }

    /** Whether the asset at {@code path} was found safe with this stamp (never for a file without one). */
    boolean knownSafe(String path, String stamp) {
        return !stamp.isEmpty() && stamp.equals(safe.get(path));
    }

    /** The asset at {@code path} was found safe; remembered only with a stamp. */
    void foundSafe(String path, String stamp) {
        // A name with a line break could not be read back as one line.
        if (!stamp.isEmpty() && path.indexOf('\n') < 0 && path.indexOf('\r') < 0 && !stamp.equals(safe.put(path, stamp))) {
            changed = true;
        }
    }

    /** Forgets the assets not among {@code present}: deleted, renamed, or refused since. */
    void keepOnly(Set<String> present) {
        if (safe.keySet().retainAll(present)) {
            changed = true;
        }
    }

    /** Writes the list into {@code file} if it changed since it was read; whole or not at all. */
    public void writeIfChanged(Path file, String codeVersion) throws IOException {
        if (!changed) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(VERSION);
        lines.add(codeVersion);
        new TreeMap<>(safe).forEach((path, stamp) -> lines.add(stamp + "\t" + path));
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        Files.write(temp, lines, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        changed = false;
    }
}
