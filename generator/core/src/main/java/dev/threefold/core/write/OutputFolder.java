package dev.threefold.core.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a folder may become a build's output, checked before a build reads
 * or writes anything. A build replaces its output folder whole, so an output
 * that overlaps the content or the theme (the same folder, or one inside the
 * other, either way, after symbolic links and {@code ..} are resolved) would
 * delete them; and a folder Threefold did not write is never replaced.
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    /** A folder that cannot be the output: the command was misused, nothing was touched. */
    public static final class Unusable extends RuntimeException {
        public Unusable(String message) {
            super(message);
        }
    }

    /**
     * Checks {@code output} against the content and theme folders and what is there now.
     *
     * @param theme the theme folder, or null
     * @throws Unusable naming the folders and what to do
     */
    public static void check(Path output, Path content, Path theme) {
        Path out = real(output);
        if (out.getParent() == null) {
            throw new Unusable("The output folder " + output + " is the root of the file system; choose a folder for the site, "
                    + "such as target/site");
        }
        refuseOverlap(output, out, "content", content);
        if (theme != null) {
            refuseOverlap(output, out, "theme", theme);
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new Unusable("The output " + output + " is a file, not a folder; choose a folder for the site, or move the file");
        }
        Path existing = output.toAbsolutePath().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new Unusable("The output folder " + output + " cannot be made: " + existing
                    + " is a file, not a folder; choose another place for the site");
        }
        if (!isReplaceable(output)) {
            throw new Unusable("The output folder " + output + " is not empty and was not written by Threefold (it has no "
                    + StagingWriter.MARKER + " file), so it is not replaced; choose a new or empty folder for the site");
        }
    }

    private static void refuseOverlap(Path output, Path out, String what, Path folder) {
        Path other = real(folder);
        String how = out.equals(other) ? "is the same folder as"
                : other.startsWith(out) ? "holds"
                : out.startsWith(other) ? "is inside" : null;
        if (how != null) {
            throw new Unusable("The output folder " + output + " " + how + " the " + what + " folder " + folder
                    + "; a build replaces its output folder whole, which would delete the " + what
                    + ". Choose an output folder outside the " + what + " folder, such as target/site");
        }
    }

    /** Whether {@code output} may be replaced: absent, empty, or a site Threefold wrote. */
    public static boolean isReplaceable(Path output) {
        if (!Files.exists(output)) {
            return true;
        }
        if (!Files.isDirectory(output)) {
            return false;
        }
        if (Files.exists(output.resolve(StagingWriter.MARKER))) {
            return true;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(output)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The path as the file system resolves it: its longest existing part with symbolic links and
     * {@code ..} resolved by the file system, then the part that does not exist yet.
     */
    static Path real(Path p) {
        Path absolute = p.toAbsolutePath();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute.normalize();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute.normalize();
        }
    }
}
