package dev.threefold.core.load;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SVG assets found safe ({@link AssetCheck}), each with the {@link FileStamp} it had then,
 * kept in memory by an incremental Build (the preview, a watched build): an SVG listed with the
 * same stamp is not read or parsed again after a save, as a unit file with its stamp is not
 * bound again. Refused assets are never listed: they are checked, and reported, on every build.
 */
public final class CheckedAssets {

    /** Content path (e.g. {@code assets/a.svg}) → stamp. */
    private final Map<String, String> safe = new ConcurrentHashMap<>();

    /** None known: every asset is checked. */
    public CheckedAssets() {
    }

    /** Whether the asset at {@code path} was found safe with this stamp (never for a file without one). */
    boolean knownSafe(String path, String stamp) {
        return !stamp.isEmpty() && stamp.equals(safe.get(path));
    }

    /** The asset at {@code path} was found safe; remembered only with a stamp. */
    void foundSafe(String path, String stamp) {
        if (!stamp.isEmpty()) {
            safe.put(path, stamp);
        }
    }

    /** Forgets the assets not among {@code present}: deleted, renamed, or refused since. */
    void keepOnly(Set<String> present) {
        safe.keySet().retainAll(present);
    }
}
