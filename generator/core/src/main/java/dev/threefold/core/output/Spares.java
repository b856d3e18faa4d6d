package dev.threefold.core.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The streamed files a rebuild replaced (units.json: 169 MB at 10,000 units), kept in the build
 * cache folder to be written over by the next rebuild instead of a new file. Writing into a
 * file's pages that the kernel already holds takes no fresh memory, which is dear on a VM, and
 * replacing a site's file that a spare still links to frees nothing at the end of the build (the
 * rename over units.json took 0.14 s of the main thread at 10,000 units, freeing its pages).
 *
 * <p>A spare is written over only while no other name links to it: not the site, where a commit
 * cut short after linking it may have left it, and not a copy someone made with hard links (a
 * deploy's snapshot). One that is linked elsewhere just loses its name here.
 */
final class Spares {

    /** Where spares are kept; null: none are (a spare's links could not be counted). */
    private final Path folder;

    /** @param folder where spares are kept; null, or a file system without link counts (Windows): none are */
    Spares(Path folder) {
        this.folder = folder != null && folder.getFileSystem().supportedFileAttributeViews().contains("unix") ? folder : null;
    }

    /** Moves the spare of the site's {@code path} to {@code target}, when it may be written over; whether it did. */
    boolean takeInto(String path, Path target) {
        Path spare = spare(path);
        try {
            if (spare == null || !Files.isRegularFile(spare, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            if (!Integer.valueOf(1).equals(Files.getAttribute(spare, "unix:nlink", LinkOption.NOFOLLOW_LINKS))) {
                Files.delete(spare); // linked elsewhere: only the name goes
                return false;
            }
            Files.move(spare, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) { // no links on this file system, another disk...: a new file
            return false;
        }
    }

    /** Keeps {@code staged}, a copy of {@code path} this build did not need, as its spare; deletes it if it cannot. */
    void giveBack(String path, Path staged) throws IOException {
        Path spare = spare(path);
        try {
            if (spare != null) {
                Files.move(staged, spare, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
        } catch (IOException | RuntimeException e) {
            // deleted below
        }
        Files.delete(staged);
    }

    /** Links the site's file that is about to be replaced as the spare of {@code path}; no spare if it cannot. */
    void keep(String path, Path replaced) {
        Path spare = spare(path);
        if (spare == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(spare);
            if (Files.isRegularFile(replaced, LinkOption.NOFOLLOW_LINKS)) {
                Files.createLink(spare, replaced);
            }
        } catch (IOException | RuntimeException e) {
            // replaced as before, freeing its pages
        }
    }

    private Path spare(String path) {
        return folder == null ? null : folder.resolve("spare." + path.replace('/', '.'));
    }
}
