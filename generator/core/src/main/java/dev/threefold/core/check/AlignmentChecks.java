package dev.threefold.core.check;

import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.Ref;
import dev.threefold.core.model.Unit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Is what a unit assesses what it teaches? Warns where {@code assessment.standards} or an
 * activity's {@code assesses} names a standard the unit does not list, and where a unit that
 * says what its assessment covers covers none of its own standards. A unit that names no
 * assessed standard at all is not warned about: the alignment report lists it as not yet
 * aligned, so first-edition units keep building without warnings. Per unit, so it runs in parallel.
 */
public final class AlignmentChecks {

    private AlignmentChecks() {
    }

    public static void check(Unit u, Diagnostics d) {
        Set<String> listed = new HashSet<>();
        u.standards().forEach(r -> listed.add(r.id()));
        boolean namesAny = false;
        boolean coversOne = false;
        if (u.assessment() != null) {
            for (Ref r : u.assessment().standards()) {
                namesAny = true;
                coversOne |= listed.contains(r.id());
                notListed(r, listed, "the assessment", d);
            }
        }
        for (Activity a : u.allActivities()) {
            for (Ref r : a.assesses()) {
                namesAny = true;
                coversOne |= listed.contains(r.id());
                notListed(r, listed, "activity \"" + a.title() + "\"", d);
            }
        }
        if (namesAny && !coversOne && !u.standards().isEmpty()) {
            coversNone(u, d);
        }
    }

    /** A reference not written {@code framework:code} is already an error of its own. */
    private static void notListed(Ref r, Set<String> listed, String what, Diagnostics d) {
        if (!listed.contains(r.id()) && r.id().contains(":")) {
            d.warning("assessed-not-taught", r.at(), r.keyPath(),
                    what + " assesses `" + r.id() + "`, which this unit does not list in `standards`",
                    "add `" + r.id() + "` to the unit's `standards` if the unit teaches it, or assess a standard it lists");
        }
    }

    private static void coversNone(Unit u, Diagnostics d) {
        List<String> ids = u.standards().stream().map(Ref::id).toList();
        Ref first = u.assessment() != null && !u.assessment().standards().isEmpty() ? u.assessment().standards().get(0) : null;
        d.warning("assessment-misses-standards", first == null ? u.at() : first.at(),
                first == null ? "assessment.standards" : first.keyPath(),
                "the unit's assessment covers none of the standards it lists (" + String.join(", ", ids) + ")",
                "name in `assessment.standards` (or an activity's `assesses`) the standards the assessment gathers evidence of");
    }
}
