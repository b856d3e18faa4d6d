package dev.threefold.core.report;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.LessonFacts;
import dev.threefold.core.model.Level;
import dev.threefold.core.model.Pedagogy;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.threefold.core.report.Rows.row;

/** Shared tasks with fewer than two entry points, and how often each entry-point level is offered. */
public final class DifferentiationReport {

    private DifferentiationReport() {
    }

    /** Entry points offered per level (support, core, extension, then unlabelled). */
    public record LevelCounts(String label, int tasks, int[] counts) {
        public int count(int i) {
            return counts[i];
        }

        public int total() {
            int t = 0;
            for (int c : counts) {
                t += c;
            }
            return t;
        }
    }

    public static final List<String> LEVELS = List.of("Support", "Core", "Extension", "No level");

    public static Report of(SiteIndex index) {
        List<List<Object>> few = new ArrayList<>();
        Map<String, int[]> byGrade = new LinkedHashMap<>();
        Map<String, int[]> bySubject = new LinkedHashMap<>();
        index.byGrade().keySet().forEach(g -> byGrade.put(g, new int[5]));
        index.bySubject().keySet().forEach(s -> bySubject.put(s, new int[5]));
        int sharedTasks = 0;
        int offered = 0;
        for (Unit u : index.studentUnits()) {
            // The provocation, then the lessons' shared tasks, whose facts need no lesson read.
            int[] levels = new int[5];
            Activity provocation = u.provocation();
            if (provocation != null) {
                offered += provocation.entryPoints().size();
                LessonFacts.addLevels(provocation.entryPoints(), levels);
                levels[4]++;
                if (Pedagogy.hasFewEntryPoints(provocation, true)) {
                    few.add(row(Rows.unit(index, u), u.id(), Rows.grades(u), u.subject(), "Provocation", provocation.title(),
                            provocation.dimension().label(), provocation.entryPoints().size()));
                }
            }
            LessonFacts facts = LessonFacts.of(u.lessons());
            offered += facts.entryPoints();
            for (int i = 0; i < facts.levels().length; i++) {
                levels[i] += facts.levels()[i];
            }
            levels[4] += facts.sharedTasks();
            for (LessonFacts.Task t : facts.fewEntryPoints()) {
                few.add(row(Rows.unit(index, u), u.id(), Rows.grades(u), u.subject(), t.where(), t.title(),
                        t.dimension().label(), t.entryPoints()));
            }
            sharedTasks += levels[4];
            u.grades().forEach(g -> add(byGrade.get(g), levels));
            add(bySubject.get(u.subject()), levels);
        }
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("levelsByGrade", counts(byGrade));
        charts.put("levelsBySubject", counts(bySubject));
        charts.put("levels", LEVELS);
        return new Report("differentiation", "Differentiation",
                "Which shared tasks offer only one way in, and which levels do we offer?",
                Rows.figures("Shared tasks (provocations and small-group activities)", sharedTasks,
                        "With fewer than " + Pedagogy.MIN_ENTRY_POINTS + " entry points", few.size(),
                        "Entry points offered", offered),
                List.of(
                        new Table("few-entry-points", "Shared tasks with fewer than two entry points", "",
                                List.of("Unit", "Id", "Grade", "Subject", "Where", "Activity", "Dimension", "Entry points"), few),
                        levelTable("levels-by-grade", "Entry-point levels by grade", "Grade", byGrade),
                        levelTable("levels-by-subject", "Entry-point levels by subject", "Subject", bySubject)),
                charts);
    }

    private static void add(int[] into, int[] levels) {
        for (int i = 0; i < levels.length; i++) {
            into[i] += levels[i];
        }
    }

    private static List<LevelCounts> counts(Map<String, int[]> m) {
        List<LevelCounts> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(new LevelCounts(k, v[4], new int[] {v[0], v[1], v[2], v[3]})));
        return out;
    }

    private static Table levelTable(String id, String title, String key, Map<String, int[]> m) {
        List<List<Object>> rows = new ArrayList<>();
        m.forEach((k, v) -> rows.add(row(k, v[4], v[Level.SUPPORT.ordinal()], v[Level.CORE.ordinal()],
                v[Level.EXTENSION.ordinal()], v[3])));
        return new Table(id, title, "Entry points offered on provocations and small-group activities.",
                List.of(key, "Shared tasks", "Support", "Core", "Extension", "No level"), rows);
    }
}
