package dev.threefold.core.check;

import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Curriculum;
import dev.threefold.core.model.Lesson;
import dev.threefold.core.model.Pedagogy;
import dev.threefold.core.model.Unit;

/**
 * The contract's warnings: shared tasks with one way in or none at the support level, lessons with no room
 * for reflection, units out of balance. Per unit, so it runs in parallel.
 */
public final class PedagogyChecks {

    private PedagogyChecks() {
    }

    /** @param checkBalance false when some activities failed to bind, so the unit's minutes are incomplete */
    public static void check(Unit u, Curriculum curriculum, boolean checkBalance, Diagnostics d) {
        if (u.provocation() != null && Pedagogy.hasFewEntryPoints(u.provocation(), true)) {
            fewEntryPoints(u.provocation(), "provocation", d);
        } else if (u.provocation() != null && Pedagogy.lacksSupportEntry(u.provocation(), true)) {
            noSupportEntry(u.provocation(), "provocation", d);
        }
        for (Lesson lesson : u.lessons()) {
            for (Activity a : lesson.activities()) {
                if (Pedagogy.hasFewEntryPoints(a, false)) {
                    fewEntryPoints(a, "small-group activity", d);
                } else if (Pedagogy.lacksSupportEntry(a, false)) {
                    noSupportEntry(a, "small-group activity", d);
                }
            }
            if (!Pedagogy.isReflective(lesson)) {
                d.warning("no-reflection", lesson.at(), lesson.keyPath(),
                        "lesson \"" + lesson.title() + "\" has no inner_dialogue activity and no reflection prompts",
                        "add `reflection_prompts:` (e.g. an exit ticket) or a short inner_dialogue activity");
            }
        }
        if (!checkBalance) {
            return;
        }
        for (Pedagogy.Violation v : Pedagogy.balanceViolations(Balance.of(u), curriculum)) {
            String dim = v.dimension().id();
            // At the first lesson: the unit's time is in its lessons (the provocation aside).
            d.warning("out-of-balance", u.lessons().isEmpty() ? u.at() : u.lessons().get(0).at(), "lessons",
                    dim + " has " + v.minutes() + " of " + v.total() + " minutes (" + v.sharePercent()
                            + "), outside curriculum.balance (" + v.bound() + ")",
                    v.tooLow() ? "add or lengthen " + dim + " activities"
                            : "shorten " + dim + " activities or add time in the other dimensions");
        }
    }

    private static void noSupportEntry(Activity a, String what, Diagnostics d) {
        d.warning("no-support-entry", a.at(), a.keyPath() + ".entry_points",
                what + " \"" + a.title() + "\" has no support-level entry point; every learner needs a way in",
                "give one entry point `level: support` (e.g. with manipulatives, a worked example or sentence starters)");
    }

    private static void fewEntryPoints(Activity a, String what, Diagnostics d) {
        d.warning("few-entry-points", a.at(), a.keyPath() + ".entry_points",
                what + " \"" + a.title() + "\" has " + a.entryPoints().size()
                        + " entry point(s); shared tasks need at least two ways in",
                "add `entry_points:` such as support / core / extension");
    }
}
