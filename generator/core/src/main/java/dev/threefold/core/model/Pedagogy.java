package dev.threefold.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The three rules a balanced unit keeps, as pure functions shared by the
 * build's warnings and the curriculum reports, so both always agree.
 */
public final class Pedagogy {

    /** Shared tasks need at least this many entry points. */
    public static final int MIN_ENTRY_POINTS = 2;

    private Pedagogy() {
    }

    /** A dimension whose share of a unit's minutes breaks curriculum.balance. */
    public record Violation(Dimension dimension, int minutes, int total, double share, Share rule) {

        public boolean tooLow() {
            return share < rule.min();
        }

        /** e.g. "at least 15%", or "at most 33.3%" for a bound of 0.333 */
        public String bound() {
            return (tooLow() ? "at least " : "at most ") + percent(limit(), decimalsOf(limit()));
        }

        /**
         * The share as a percent, e.g. "5%"; with decimals when a whole percent would read as the
         * bound it breaks ("45.2%", not "45%", against "at most 45%").
         */
        public String sharePercent() {
            for (int decimals = 0; decimals < 3; decimals++) {
                String s = percent(share, decimals);
                if (!s.equals(percent(limit(), decimals))) {
                    return s;
                }
            }
            return percent(share, 3);
        }

        /** e.g. "inner_dialogue 5% (at least 15%)" */
        public String describe() {
            return dimension.id() + " " + sharePercent() + " (" + bound() + ")";
        }

        private double limit() {
            return tooLow() ? rule.min() : rule.max();
        }
    }

    /** Provocations and small-group activities are the shared tasks that need several ways in. */
    public static boolean needsEntryPoints(Activity a, boolean isProvocation) {
        return isProvocation || a.dimension() == Dimension.SMALL_GROUP;
    }

    public static boolean hasFewEntryPoints(Activity a, boolean isProvocation) {
        return needsEntryPoints(a, isProvocation) && a.entryPoints().size() < MIN_ENTRY_POINTS;
    }

    /**
     * A shared task with enough entry points, pitched at levels, none of them support: two ways in
     * for the learners who need the least help are not a way in for those who need the most. Entry
     * points given no level at all are ways of one pitch that learners choose among (draw it, build
     * it, write it), so they are not judged here; the access report still counts them as offering
     * no support-level way in. A task with too few entry points is reported as such instead.
     */
    public static boolean lacksSupportEntry(Activity a, boolean isProvocation) {
        if (!needsEntryPoints(a, isProvocation) || a.entryPoints().size() < MIN_ENTRY_POINTS || a.hasSupportEntry()) {
            return false;
        }
        for (EntryPoint e : a.entryPoints()) {
            if (e.level() != null) {
                return true;
            }
        }
        return false;
    }

    /** A lesson leaves room for reflection with an inner-dialogue activity or any reflection prompt. */
    public static boolean isReflective(Lesson lesson) {
        if (!lesson.reflectionPrompts().isEmpty()) {
            return true;
        }
        for (Activity a : lesson.activities()) {
            if (a.dimension() == Dimension.INNER_DIALOGUE || !a.reflectionPrompts().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Dimensions outside the curriculum's balance rules (the default rule when curriculum is null). */
    public static List<Violation> balanceViolations(Balance b, Curriculum curriculum) {
        List<Violation> out = new ArrayList<>();
        if (b.total() == 0) {
            return out;
        }
        for (Dimension d : Dimension.values()) {
            Share rule = curriculum == null ? Share.DEFAULT : curriculum.balanceFor(d);
            double share = b.share(d);
            if (share + 1e-9 < rule.min() || share - 1e-9 > rule.max()) {
                out.add(new Violation(d, b.minutes(d), b.total(), share, rule));
            }
        }
        return out;
    }

    /** How many decimals (up to 3) a share needs as a percent: 0 for 0.45, 1 for 0.333. */
    private static int decimalsOf(double share) {
        for (int decimals = 0; decimals < 3; decimals++) {
            double scaled = share * 100 * Math.pow(10, decimals);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6) {
                return decimals;
            }
        }
        return 3;
    }

    /** e.g. "45%" with no decimals, "45.2%" with one. */
    private static String percent(double share, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", share * 100);
    }
}
