package dev.threefold.core.load;

import java.nio.file.Path;

/**
 * A unit file found under units/, not yet read: {@link ContentReader#readUnit} reads it when it
 * is bound, so only the texts being bound are in memory at once (at 30,000 units all texts
 * together are about 400 MB).
 *
 * @param path        path inside the content folder, e.g. {@code units/grade-3/fractions.yaml}
 * @param displayPath how messages name it, e.g. {@code content/units/grade-3/fractions.yaml}
 * @param file        the file on disk
 * @param stamp       its size and modification time when it was listed, or "" when that may not
 *                    identify its text (see {@link FileStamp}); an incremental build may trust an
 *                    equal stamp instead of reading the file again
 */
public record UnitFile(String path, String displayPath, Path file, String stamp) {
}
