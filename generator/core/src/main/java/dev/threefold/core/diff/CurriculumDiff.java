package dev.threefold.core.diff;

import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.diff.Change.Level;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Pedagogy;
import dev.threefold.core.model.Ref;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two checked versions of a curriculum: a pure function of the two sides. Units are
 * matched by id, so a file renamed or moved with the same id is one changed unit. Content with
 * errors is compared as far as it bound: the units that bound are compared, and the report lists
 * the errors.
 */
public final class CurriculumDiff {

    private CurriculumDiff() {
    }

    public static ChangeReport compare(Side base, Side head) {
        Map<String, Unit> before = byId(base.checked().units());
        Map<String, Unit> after = byId(head.checked().units());
        List<UnitChanges> units = new ArrayList<>();
        for (Unit b : after.values()) {
            Unit a = before.get(b.id());
            if (a == null) {
                units.add(new UnitChanges(b.id(), b.title(), "added", null, b.sourcePath(),
                        List.of(new Change("unit added: " + b.sourcePath(), Level.MAJOR, Rules.UNIT_ADDED))));
            } else if (!a.equals(b)) {
                List<Change> changes = UnitComparison.compare(a, b);
                if (!changes.isEmpty()) {
                    boolean onlyMoved = changes.size() == 1 && !a.sourcePath().equals(b.sourcePath());
                    units.add(new UnitChanges(b.id(), b.title(), onlyMoved ? "moved" : "changed", a.sourcePath(), b.sourcePath(), changes));
                }
            }
        }
        for (Unit a : before.values()) {
            if (!after.containsKey(a.id())) {
                units.add(new UnitChanges(a.id(), a.title(), "removed", a.sourcePath(), null,
                        List.of(new Change("unit removed: " + a.sourcePath(), Level.MAJOR, Rules.UNIT_REMOVED))));
            }
        }
        List<Section> sections = new ArrayList<>();
        sections.add(unitList("added", "Units added", units, "added"));
        sections.add(unitList("removed", "Units removed", units, "removed"));
        sections.add(moved(units));
        Set<String> coveredBefore = covered(before.values());
        Set<String> coveredAfter = covered(after.values());
        sections.add(new Section("standards-covered", "Standards newly covered",
                notes(minus(coveredAfter, coveredBefore), s -> s, Level.MAJOR, Rules.STANDARDS)));
        sections.add(new Section("standards-uncovered", "Standards no longer covered by any unit",
                notes(minus(coveredBefore, coveredAfter), s -> s, Level.MAJOR, Rules.STANDARDS)));
        Set<String> assessedBefore = assessed(before.values());
        Set<String> assessedAfter = assessed(after.values());
        sections.add(new Section("standards-assessed", "Standards newly assessed",
                notes(minus(assessedAfter, assessedBefore), s -> s, Level.MAJOR, Rules.ASSESSMENT)));
        sections.add(new Section("standards-unassessed", "Standards no longer assessed by any unit",
                notes(minus(assessedBefore, assessedAfter), s -> s, Level.MAJOR, Rules.ASSESSMENT)));
        Set<String> outBefore = outsideBalance(base, before.values());
        Set<String> outAfter = outsideBalance(head, after.values());
        sections.add(new Section("balance-entered", "Units now outside the balance rules",
                notes(minus(outAfter, outBefore), id -> name(after.get(id)), Level.NOTE, "")));
        sections.add(new Section("balance-left", "Units back within the balance rules",
                notes(minus(outBefore, outAfter).stream().filter(after::containsKey).toList(), id -> name(after.get(id)), Level.NOTE, "")));
        Map<String, Diagnostic> warningsBefore = warnings(base);
        Map<String, Diagnostic> warningsAfter = warnings(head);
        sections.add(new Section("warnings-introduced", "Warnings introduced",
                notes(minus(warningsAfter.keySet(), warningsBefore.keySet()), k -> head.shown(warningsAfter.get(k)), Level.NOTE, "")));
        sections.add(new Section("warnings-resolved", "Warnings resolved",
                notes(minus(warningsBefore.keySet(), warningsAfter.keySet()), k -> base.shown(warningsBefore.get(k)), Level.NOTE, "")));
        Set<String> linksBefore = links(before.values());
        Set<String> linksAfter = links(after.values());
        sections.add(new Section("prerequisites-added", "Prerequisite links added",
                notes(minus(linksAfter, linksBefore), l -> l, Level.MAJOR, Rules.PREREQUISITES)));
        sections.add(new Section("prerequisites-removed", "Prerequisite links removed",
                notes(minus(linksBefore, linksAfter), l -> l, Level.MAJOR, Rules.PREREQUISITES)));
        Map<String, String> laterBefore = taughtLater(base);
        Map<String, String> laterAfter = taughtLater(head);
        sections.add(new Section("prerequisites-later", "Prerequisites now taught later than the unit that needs them",
                notes(minus(laterAfter.keySet(), laterBefore.keySet()), l -> l + ": " + laterAfter.get(l), Level.MAJOR, Rules.PREREQUISITES)));
        return new ChangeReport(base, head, List.copyOf(sections), List.copyOf(units));
    }

    private static Section unitList(String key, String title, List<UnitChanges> units, String status) {
        List<Change> items = new ArrayList<>();
        for (UnitChanges u : units) {
            if (u.status().equals(status)) {
                items.add(new Change("'" + u.title() + "' (" + u.id() + "), " + (u.headPath() != null ? u.headPath() : u.basePath()),
                        Level.MAJOR, status.equals("added") ? Rules.UNIT_ADDED : Rules.UNIT_REMOVED));
            }
        }
        return new Section(key, title, items);
    }

    private static Section moved(List<UnitChanges> units) {
        List<Change> items = new ArrayList<>();
        for (UnitChanges u : units) {
            if (u.moved()) {
                items.add(new Change("'" + u.title() + "' (" + u.id() + "): " + u.basePath() + " → " + u.headPath(), Level.MINOR, Rules.PLACEMENT));
            }
        }
        return new Section("moved", "Units moved (same id, another file)", items);
    }

    private static Map<String, Unit> byId(List<Unit> units) {
        Map<String, Unit> m = new LinkedHashMap<>();
        for (Unit u : units) {
            m.putIfAbsent(u.id(), u); // a duplicate id is an error the side's diagnostics list
        }
        return m;
    }

    private static Set<String> covered(Iterable<Unit> units) {
        Set<String> s = new TreeSet<>();
        for (Unit u : units) {
            u.standards().forEach(r -> s.add(r.id()));
        }
        return s;
    }

    /** The standards assessed anywhere: in a unit's {@code assessment.standards} or an activity's {@code assesses}. */
    private static Set<String> assessed(Iterable<Unit> units) {
        Set<String> s = new TreeSet<>();
        for (Unit u : units) {
            if (u.assessment() != null) {
                u.assessment().standards().forEach(r -> s.add(r.id()));
            }
            u.allActivities().forEach(a -> a.assesses().forEach(r -> s.add(r.id())));
        }
        return s;
    }

    private static Set<String> outsideBalance(Side side, Iterable<Unit> units) {
        Set<String> s = new TreeSet<>();
        for (Unit u : units) {
            if (!Pedagogy.balanceViolations(Balance.of(u), side.checked().curriculum()).isEmpty()) {
                s.add(u.id());
            }
        }
        return s;
    }

    /** Warnings by what they say and where in which file, not by line: an edit above one moves it. */
    private static Map<String, Diagnostic> warnings(Side side) {
        Map<String, Diagnostic> m = new LinkedHashMap<>();
        for (Diagnostic d : side.diagnostics()) {
            if (!d.isError()) {
                m.putIfAbsent(d.position().file() + "\n" + d.code() + "\n" + d.keyPath() + "\n" + d.message(), d);
            }
        }
        return m;
    }

    private static Set<String> links(Iterable<Unit> units) {
        Set<String> s = new TreeSet<>();
        for (Unit u : units) {
            for (Ref p : u.prerequisites()) {
                s.add(u.id() + " needs " + p.id());
            }
        }
        return s;
    }

    /** Links whose prerequisite is taught in a later grade or term than the unit that needs it, with why. */
    private static Map<String, String> taughtLater(Side side) {
        Map<String, String> m = new LinkedHashMap<>();
        if (side.checked().curriculum() == null) {
            return m;
        }
        SiteIndex index = new SiteIndex(side.checked().curriculum(), side.checked().frameworks(), side.checked().units());
        for (Unit u : side.checked().units()) {
            for (Unit p : index.prerequisites(u)) {
                if (p == null) {
                    continue; // an unknown prerequisite: an error of this side, listed with its errors
                }
                String why = index.taughtLater(p, u);
                if (why != null) {
                    m.put(u.id() + " needs " + p.id(), why);
                }
            }
        }
        return m;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>();
        for (String x : a) {
            if (!b.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }

    private static List<Change> notes(List<String> keys, java.util.function.Function<String, String> text, Level level, String rule) {
        return keys.stream().map(k -> new Change(text.apply(k), level, rule)).toList();
    }

    private static String name(Unit u) {
        return u == null ? "" : "'" + u.title() + "' (" + u.id() + ")";
    }
}
