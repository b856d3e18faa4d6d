package dev.threefold.core.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the loader read from a content folder.
 *
 * @param curriculum null when curriculum.yaml is missing (reported)
 * @param units      unit files, sorted by path, read one by one when bound
 * @param assets     content-relative path (e.g. {@code assets/images/a.png}) → file on disk, sorted
 */
public record ContentTree(SourceFile curriculum, List<SourceFile> standards, List<UnitFile> units,
                          Map<String, Path> assets, Path root) {
}
