package dev.threefold.core.load;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time as one string, the way git's index and make tell
 * unchanged files without reading them. A stamp stands for the text only when the file was
 * last changed a while before it was listed: a file changed twice within one tick of the
 * clock, at the same size, would otherwise keep its stamp (git's "racy" files). Such a file
 * gets no stamp and is read and hashed on every build until it settles.
 */
public final class FileStamp {

    /** How long before the listing a change must lie for its stamp to be trusted. */
    static final long SETTLED_MILLIS = 2_000;

    private FileStamp() {
    }

    /** @param listedAtMillis when the folder was listed (wall clock) */
    public static String of(BasicFileAttributes attrs, long listedAtMillis) {
        long modified = attrs.lastModifiedTime().toMillis();
        if (modified > listedAtMillis - SETTLED_MILLIS) {
            return "";
        }
        return attrs.size() + "@" + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
