package dev.threefold.core.validate;

import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Curriculum;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.Lesson;
import dev.threefold.core.model.Share;
import dev.threefold.core.model.Unit;

import java.util.Locale;

/**
 * The contract's warnings: shared tasks with one way in, lessons with no room
 * for reflection, units out of balance. Per unit, so it runs in parallel.
 */
public final class PedagogyChecks {

    private PedagogyChecks() {
    }

    /** @param checkBalance false when some activities failed to bind, so the unit's minutes are incomplete */
    public static void check(Unit u, Curriculum curriculum, boolean checkBalance, Diagnostics d) {
        if (u.provocation() != null) {
            entryPoints(u.provocation(), "provocation", d);
        }
        for (Lesson lesson : u.lessons()) {
            boolean reflective = !lesson.reflectionPrompts().isEmpty();
            for (Activity a : lesson.activities()) {
                if (a.dimension() == Dimension.SMALL_GROUP) {
                    entryPoints(a, "small-group activity", d);
                }
                reflective |= a.dimension() == Dimension.INNER_DIALOGUE || !a.reflectionPrompts().isEmpty();
            }
            if (!reflective) {
                d.warning("no-reflection", lesson.at(), lesson.keyPath(),
                        "lesson \"" + lesson.title() + "\" has no inner_dialogue activity and no reflection prompts",
                        "add `reflection_prompts:` (e.g. an exit ticket) or a short inner_dialogue activity");
            }
        }
        Balance b = Balance.of(u);
        if (!checkBalance || b.total() == 0) {
            return;
        }
        for (Dimension dim : Dimension.values()) {
            Share rule = curriculum == null ? Share.DEFAULT : curriculum.balanceFor(dim);
            double share = b.share(dim);
            if (share + 1e-9 < rule.min() || share - 1e-9 > rule.max()) {
                String bound = share < rule.min() ? "at least " + pct(rule.min()) : "at most " + pct(rule.max());
                d.warning("out-of-balance", u.at(), "lessons",
                        dim.id() + " has " + b.minutes(dim) + " of " + b.total() + " minutes (" + pct(share)
                                + "), outside curriculum.balance (" + bound + ")",
                        share < rule.min() ? "add or lengthen " + dim.id() + " activities"
                                : "shorten " + dim.id() + " activities or add time in the other dimensions");
            }
        }
    }

    private static void entryPoints(Activity a, String what, Diagnostics d) {
        if (a.entryPoints().size() < 2) {
            d.warning("few-entry-points", a.at(), a.keyPath() + ".entry_points",
                    what + " \"" + a.title() + "\" has " + a.entryPoints().size()
                            + " entry point(s); shared tasks need at least two ways in",
                    "add `entry_points:` such as support / core / extension");
        }
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
