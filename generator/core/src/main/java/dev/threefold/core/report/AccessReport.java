package dev.threefold.core.report;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.markdown.PlainText;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.EntryPoint;
import dev.threefold.core.model.Lesson;
import dev.threefold.core.model.Need;
import dev.threefold.core.model.Pedagogy;
import dev.threefold.core.model.Strategy;
import dev.threefold.core.model.Support;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.threefold.core.report.Rows.percent;
import static dev.threefold.core.report.Rows.row;

/**
 * Equity and access over the student units: which shared tasks (provocations and small-group
 * activities) offer a support-level and an extension-level way in, and which let learners
 * choose; how small-group minutes are grouped, flagging grades that group by readiness more
 * than {@code curriculum.equity.max_readiness_share}; which units need devices, internet, home
 * access or printing; and the language and access supports offered, for whom.
 */
public final class AccessReport {

    /** Small-group minutes whose grouping names no strategy. */
    public static final String NO_STRATEGY = "Not given";

    private AccessReport() {
    }

    /** Shared tasks of a grade or subject: how many, with a support and an extension entry, where learners choose. */
    public record Tasks(String label, int tasks, int support, int extension, int choice) {
        Tasks plus(Tasks t) {
            return new Tasks(label, tasks + t.tasks, support + t.support, extension + t.extension, choice + t.choice);
        }

        public long supportPercent() {
            return percent(support, tasks);
        }

        public long extensionPercent() {
            return percent(extension, tasks);
        }

        public long choicePercent() {
            return percent(choice, tasks);
        }
    }

    /** A grade's small-group minutes by strategy (in {@link Strategy} order, then those naming none). */
    public record Grouped(String grade, int[] minutes, boolean tooMuchReadiness) {
        public int total() {
            int t = 0;
            for (int m : minutes) {
                t += m;
            }
            return t;
        }

        public long percent(int i) {
            return Rows.percent(minutes[i], total());
        }
    }

    public static Report of(SiteIndex index) {
        Map<String, Tasks> byGrade = new LinkedHashMap<>();
        Map<String, Tasks> bySubject = new LinkedHashMap<>();
        Map<String, int[]> grouping = new LinkedHashMap<>();
        index.byGrade().keySet().forEach(g -> {
            byGrade.put(g, new Tasks(g, 0, 0, 0, 0));
            grouping.put(g, new int[Strategy.values().length + 1]);
        });
        index.bySubject().keySet().forEach(s -> bySubject.put(s, new Tasks(s, 0, 0, 0, 0)));
        Map<Need, List<List<Object>>> needRows = new LinkedHashMap<>();
        for (Need n : Need.values()) {
            needRows.put(n, new ArrayList<>());
        }
        List<List<Object>> supportRows = new ArrayList<>();
        Map<String, Integer> supportsFor = new LinkedHashMap<>();
        Tasks all = new Tasks("All", 0, 0, 0, 0);
        for (Unit u : index.studentUnits()) {
            Tasks t = tasks(u);
            all = all.plus(t);
            for (String g : u.grades()) {
                byGrade.merge(g, t, Tasks::plus);
                addGrouping(u, grouping.get(g));
            }
            bySubject.merge(u.subject(), t, Tasks::plus);
            needs(index, u, needRows);
            for (Activity a : u.allActivities()) {
                for (Support s : a.supports()) {
                    supportRows.add(row(s.forWhom(), Rows.unit(index, u), u.id(), Rows.grades(u), u.subject(), a.title(),
                            PlainText.of(s.description())));
                    supportsFor.merge(s.forWhom(), 1, Integer::sum);
                }
            }
        }

        double max = index.curriculum().equity().maxReadinessShare();
        List<Grouped> grouped = new ArrayList<>();
        List<List<Object>> groupingRows = new ArrayList<>();
        int flagged = 0;
        for (Map.Entry<String, int[]> e : grouping.entrySet()) {
            int[] m = e.getValue();
            int total = 0;
            for (int x : m) {
                total += x;
            }
            int readiness = m[Strategy.READINESS.ordinal()];
            boolean tooMuch = total > 0 && (double) readiness / total > max + 1e-9;
            flagged += tooMuch ? 1 : 0;
            grouped.add(new Grouped(e.getKey(), m, tooMuch));
            List<Object> r = row(e.getKey(), total);
            for (int x : m) {
                r.add(x);
            }
            r.add(percent(readiness, total));
            r.add(tooMuch ? "readiness above " + percentText(max) : "");
            groupingRows.add(r);
        }
        List<String> groupingColumns = new ArrayList<>(List.of("Grade", "Small-group minutes"));
        for (Strategy s : Strategy.values()) {
            groupingColumns.add(s.label() + " (min)");
        }
        groupingColumns.add(NO_STRATEGY + " (min)");
        groupingColumns.add("By readiness (%)");
        groupingColumns.add("Flag");

        List<List<Object>> needsTable = new ArrayList<>();
        Map<String, Integer> unitsNeeding = new LinkedHashMap<>();
        needRows.forEach((n, rows) -> {
            needsTable.addAll(rows);
            unitsNeeding.put(n.label(), rows.size());
        });
        List<List<Object>> supportsTable = new ArrayList<>();
        supportsFor.forEach((who, n) -> supportsTable.add(row(who, n)));

        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("tasksByGrade", List.copyOf(byGrade.values()));
        charts.put("grouped", grouped);
        charts.put("strategies", strategyLabels());
        charts.put("unitsNeeding", unitsNeeding);
        charts.put("maxNeeding", unitsNeeding.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        charts.put("maxReadiness", percentText(max));
        return new Report("access", "Equity and access",
                "Does every learner have a way in, and what stands in the way?",
                Rows.figures("Shared tasks (provocations and small-group activities)", all.tasks(),
                        "With a support-level way in", all.supportPercent() + "%",
                        "With an extension-level way in", all.extensionPercent() + "%",
                        "Where learners choose", all.choicePercent() + "%",
                        "Grades grouping by readiness above " + percentText(max), flagged,
                        "Units needing devices", unitsNeeding.get(Need.DEVICES.label())),
                List.of(
                        taskTable("tasks-by-grade", "Ways in, by grade", "Grade", byGrade),
                        taskTable("tasks-by-subject", "Ways in, by subject", "Subject", bySubject),
                        new Table("grouping-by-grade", "Grouping strategies, by grade",
                                "Small-group minutes by how groups are formed; grouping by readiness again and again becomes "
                                        + "tracking, so grades above curriculum.equity.max_readiness_share ("
                                        + percentText(max) + ") are flagged.", groupingColumns, groupingRows),
                        new Table("needs", "Units that need what not every learner has",
                                "Devices, internet, home access or printing, with the activities that need them.",
                                List.of("Need", "Unit", "Id", "Grade", "Subject", "Activities"), needsTable),
                        new Table("supports", "Supports offered", "Language and access supports, activity by activity.",
                                List.of("For", "Unit", "Id", "Grade", "Subject", "Activity", "Support"), supportRows),
                        new Table("supports-by-learner", "Supports by learner", "How many supports are offered for whom.",
                                List.of("For", "Supports"), supportsTable)),
                charts);
    }

    /** The unit's shared tasks, counted. */
    static Tasks tasks(Unit u) {
        int tasks = 0;
        int support = 0;
        int extension = 0;
        int choice = 0;
        List<Activity> shared = new ArrayList<>();
        if (u.provocation() != null) {
            shared.add(u.provocation());
        }
        for (Lesson l : u.lessons()) {
            for (Activity a : l.activities()) {
                if (Pedagogy.needsEntryPoints(a, false)) {
                    shared.add(a);
                }
            }
        }
        for (Activity a : shared) {
            tasks++;
            support += a.hasSupportEntry() ? 1 : 0;
            extension += a.hasExtensionEntry() ? 1 : 0;
            choice += learnersChoose(a) ? 1 : 0;
        }
        return new Tasks(u.id(), tasks, support, extension, choice);
    }

    /**
     * Learners choose when they form their own groups, or pick among two or more ways in
     * given no level: ways of the same pitch (draw it, build it, write it), not a teacher's placement.
     */
    static boolean learnersChoose(Activity a) {
        if (a.grouping() != null && a.grouping().strategy() == Strategy.STUDENT_CHOICE) {
            return true;
        }
        int unlevelled = 0;
        for (EntryPoint e : a.entryPoints()) {
            unlevelled += e.level() == null ? 1 : 0;
        }
        return unlevelled >= 2;
    }

    private static void addGrouping(Unit u, int[] minutes) {
        for (Activity a : u.allActivities()) {
            if (a.dimension() == Dimension.SMALL_GROUP) {
                int i = a.grouping() == null || a.grouping().strategy() == null
                        ? Strategy.values().length : a.grouping().strategy().ordinal();
                minutes[i] += a.minutes();
            }
        }
    }

    private static void needs(SiteIndex index, Unit u, Map<Need, List<List<Object>>> rows) {
        Map<Need, List<String>> activities = new LinkedHashMap<>();
        for (Activity a : u.allActivities()) {
            for (Need n : a.needs()) {
                activities.computeIfAbsent(n, k -> new ArrayList<>()).add(a.title());
            }
        }
        activities.forEach((n, titles) -> rows.get(n).add(row(n.label(), Rows.unit(index, u), u.id(), Rows.grades(u),
                u.subject(), String.join("; ", titles))));
    }

    private static Table taskTable(String id, String title, String key, Map<String, Tasks> m) {
        List<List<Object>> rows = new ArrayList<>();
        m.forEach((k, t) -> rows.add(row(k, t.tasks(), t.support(), t.supportPercent(), t.extension(),
                t.extensionPercent(), t.choice(), t.choicePercent())));
        return new Table(id, title, "Provocations and small-group activities with a support-level entry point, an "
                + "extension-level one, and where learners choose (their own groups, or two or more ways in given no level).",
                List.of(key, "Shared tasks", "With support", "Support (%)", "With extension", "Extension (%)",
                        "Learners choose", "Choose (%)"), rows);
    }

    private static List<String> strategyLabels() {
        List<String> labels = new ArrayList<>();
        for (Strategy s : Strategy.values()) {
            labels.add(s.label());
        }
        labels.add(NO_STRATEGY);
        return labels;
    }

    /** 0.5 → "50%", 0.333 → "33.3%". */
    private static String percentText(double share) {
        double p = share * 100;
        return (Math.abs(p - Math.rint(p)) < 1e-9 ? String.valueOf((long) Math.rint(p))
                : String.format(Locale.ROOT, "%.1f", p)) + "%";
    }
}
