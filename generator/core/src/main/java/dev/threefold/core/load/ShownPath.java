package dev.threefold.core.load;

import java.nio.file.Path;

/**
 * How messages name the content folder, so that a path in them opens from the working directory
 * (where the CLI or Maven was run): relative to it when the folder is under it, else absolute.
 * Naming the folder alone, as before, gave `curriculum/units/...` for `--content /data/curriculum`.
 */
public final class ShownPath {

    private ShownPath() {
    }

    /** The folder as shown, followed by `/`; empty for the working directory itself. */
    public static String prefix(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath().normalize();
        String shown = absolute.startsWith(workingDirectory)
                ? workingDirectory.relativize(absolute).toString() : absolute.toString();
        shown = shown.replace('\\', '/');
        return shown.isEmpty() ? "" : shown + "/";
    }
}
