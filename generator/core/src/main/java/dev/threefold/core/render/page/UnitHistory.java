package dev.threefold.core.render.page;

import dev.threefold.core.diff.Change;
import dev.threefold.core.diff.ChangeReport;
import dev.threefold.core.diff.UnitChanges;
import dev.threefold.core.model.Unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Changes since" on unit pages ({@code build --since}): for a teacher who last taught the unit then.
 * Each unit page gets a {@link Since}: the version's name and the unit's changes (none, or "added").
 */
final class UnitHistory {

    /**
     * @param label   the version, e.g. {@code 2026-09-01 (3f2a9c1)}
     * @param added   the unit did not exist then
     * @param changes what changed in it, each with its class and rule
     */
    record Since(String label, boolean added, List<Change> changes) {
    }

    private final String label;
    private final Map<String, UnitChanges> byId = new HashMap<>();

    private UnitHistory(String label) {
        this.label = label;
    }

    static UnitHistory of(ChangeReport report) {
        UnitHistory h = new UnitHistory(report.base().label());
        report.units().forEach(u -> h.byId.put(u.id(), u));
        return h;
    }

    Since of(Unit u) {
        UnitChanges c = byId.get(u.id());
        if (c == null) {
            return new Since(label, false, List.of());
        }
        return c.status().equals("added") ? new Since(label, true, List.of()) : new Since(label, false, c.changes());
    }
}
