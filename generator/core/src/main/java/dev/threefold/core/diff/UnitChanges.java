package dev.threefold.core.diff;

import java.util.List;

/**
 * What happened to one unit, matched by id across the two versions: a unit whose file was renamed
 * or moved with the same id is one changed unit.
 *
 * @param status   {@code added}, {@code removed}, {@code changed} (maybe moved too) or {@code moved} (only its file)
 * @param basePath its file in the base, under the content folder, or null when added
 * @param headPath its file in the head, or null when removed
 */
public record UnitChanges(String id, String title, String status, String basePath, String headPath,
                          List<Change> changes) {

    public long majors() {
        return changes.stream().filter(Change::major).count();
    }

    public long minors() {
        return changes.stream().filter(c -> c.level() == Change.Level.MINOR).count();
    }

    public boolean moved() {
        return basePath != null && headPath != null && !basePath.equals(headPath);
    }
}
