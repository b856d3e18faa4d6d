package dev.threefold.core.report;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.threefold.core.report.Rows.row;

/**
 * Norms and initiatives across the year: for each, how many student units practise or carry
 * it in each grade and term, so a team sees where a norm is practised and where it goes quiet.
 */
public final class NormsReport {

    /** The column of units that name no term (or one curriculum.yaml does not list). */
    public static final String NO_TERM = "No term";

    private NormsReport() {
    }

    /** One norm's or initiative's grade × term counts, for the page's matrices. */
    public record Matrix(String title, String url, List<String> grades, List<int[]> counts, int units) {
        public int count(int grade, int term) {
            return counts.get(grade)[term];
        }
    }

    public static Report of(SiteIndex index) {
        List<String> terms = new ArrayList<>(index.curriculum().terms());
        if (index.studentUnits().stream().anyMatch(u -> index.termRank(u) < 0)) {
            terms.add(NO_TERM);
        }
        List<String> grades = new ArrayList<>(index.byGrade().keySet());
        List<Matrix> norms = new ArrayList<>();
        index.byNorm().forEach((id, units) -> norms.add(matrix(index, index.norm(id).text(),
                index.normUrl(index.norm(id)), units, grades, terms)));
        List<Matrix> initiatives = new ArrayList<>();
        index.byInitiative().forEach((id, units) -> initiatives.add(matrix(index, index.initiative(id).title(),
                index.initiativeUrl(index.initiative(id)), units, grades, terms)));
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("norms", norms);
        charts.put("initiatives", initiatives);
        charts.put("terms", terms);
        return new Report("norms", "Norms and initiatives",
                "Where is each norm practised and each initiative carried, grade by grade and term by term?",
                Rows.figures("Norms", norms.size(),
                        "Norms no student unit practises", norms.stream().filter(m -> m.units() == 0).count(),
                        "Initiatives", initiatives.size(),
                        "Initiatives no student unit carries", initiatives.stream().filter(m -> m.units() == 0).count()),
                List.of(
                        table("norms", "Norms by grade and term", "Norm", norms, terms),
                        table("initiatives", "Initiatives by grade and term", "Initiative", initiatives, terms)),
                charts);
    }

    private static Matrix matrix(SiteIndex index, String title, String url, List<Unit> units, List<String> grades,
                                 List<String> terms) {
        List<int[]> counts = new ArrayList<>();
        grades.forEach(g -> counts.add(new int[terms.size()]));
        int students = 0;
        for (Unit u : units) {
            if (u.isForEducators()) {
                continue;
            }
            students++;
            int rank = index.termRank(u);
            int term = rank < 0 ? terms.size() - 1 : rank; // the last column is "No term" when any unit has none
            for (String g : u.grades()) {
                counts.get(grades.indexOf(g))[term]++;
            }
        }
        return new Matrix(title, url, grades, counts, students);
    }

    private static Table table(String id, String title, String key, List<Matrix> matrices, List<String> terms) {
        List<String> columns = new ArrayList<>(List.of(key, "Grade"));
        columns.addAll(terms);
        columns.add("Units");
        List<List<Object>> rows = new ArrayList<>();
        for (Matrix m : matrices) {
            for (int g = 0; g < m.grades().size(); g++) {
                List<Object> r = row(new Table.Link(m.title(), m.url()), m.grades().get(g));
                int sum = 0;
                for (int c : m.counts().get(g)) {
                    r.add(c);
                    sum += c;
                }
                r.add(sum);
                rows.add(r);
            }
        }
        return new Table(id, title, "Student units per grade and term; a unit taught in two grades counts in each.",
                columns, rows);
    }
}
