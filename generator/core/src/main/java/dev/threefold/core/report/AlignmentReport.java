package dev.threefold.core.report;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.Framework;
import dev.threefold.core.model.Ref;
import dev.threefold.core.model.Standard;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.threefold.core.report.Rows.row;

/**
 * Is what we teach what we assess? A standard is taught by the student units that list it in
 * {@code standards}, assessed by those naming it in {@code assessment.standards} (summative) and
 * by activities naming it in {@code assesses} (formative). Curriculum-wide per standard, per
 * grade (taught in a grade's units but assessed in none of them, and the reverse), and per unit.
 * Linear in the units' references.
 */
public final class AlignmentReport {

    private AlignmentReport() {
    }

    /** A grade's standards taught in its units, and how many of them its units assess; for the page's bars. */
    public record GradeAlignment(String grade, int taught, int assessed) {
        public int notAssessed() {
            return taught - assessed;
        }

        public long assessedPercent() {
            return Rows.percent(assessed, taught);
        }
    }

    /** Per standard key: who teaches it, whose assessment names it, and how many activities gather evidence of it. */
    private static final class Uses {
        final List<Unit> teaching = new ArrayList<>();
        final List<Unit> summative = new ArrayList<>();
        int formative;
        final Set<String> grades = new LinkedHashSet<>();
    }

    /** Per grade and standard key: the grade's units teaching it, and those assessing it (either way). */
    private static final class InGrade {
        final Map<String, List<Unit>> taught = new HashMap<>();
        final Map<String, List<Unit>> assessed = new HashMap<>();
    }

    public static Report of(SiteIndex index) {
        Map<String, Uses> uses = new HashMap<>();
        Map<String, InGrade> grades = new LinkedHashMap<>();
        index.byGrade().keySet().forEach(g -> grades.put(g, new InGrade()));
        List<List<Object>> unitRows = new ArrayList<>();
        int coversNone = 0;
        int unaligned = 0;
        for (Unit u : index.studentUnits()) {
            Set<String> assessed = assessedBy(u, uses);
            List<String> missed = new ArrayList<>();
            for (Ref r : u.standards()) {
                Uses s = uses.computeIfAbsent(r.id(), k -> new Uses());
                s.teaching.add(u);
                s.grades.addAll(u.grades());
                if (!assessed.contains(r.id())) {
                    missed.add(r.id());
                }
            }
            if (assessed.isEmpty()) {
                unaligned += u.standards().isEmpty() ? 0 : 1;
            } else if (!missed.isEmpty()) {
                // Only units that say what they assess: listing every unit not yet aligned would
                // repeat the whole curriculum; the figure counts those.
                unitRows.add(row(Rows.unit(index, u), u.id(), Rows.grades(u), u.subject(), String.join(" ", missed),
                        u.standards().size() - missed.size()));
                coversNone += missed.size() == u.standards().size() ? 1 : 0;
            }
            for (String g : u.grades()) {
                InGrade in = grades.get(g);
                u.standards().forEach(r -> in.taught.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(u));
                assessed.forEach(id -> in.assessed.computeIfAbsent(id, k -> new ArrayList<>()).add(u));
            }
        }

        List<List<Object>> standardRows = new ArrayList<>();
        int taught = 0;
        int taughtAndAssessed = 0;
        int neverAssessed = 0;
        int neverTaught = 0;
        List<Standard> order = new ArrayList<>();
        for (Framework f : index.frameworks()) {
            order.addAll(f.standards());
        }
        for (Standard s : order) {
            Uses use = uses.get(s.key());
            if (use == null) {
                continue;
            }
            boolean isTaught = !use.teaching.isEmpty();
            boolean isAssessed = !use.summative.isEmpty() || use.formative > 0;
            String status = isTaught && isAssessed ? "Taught and assessed"
                    : isTaught ? "Taught, never assessed" : "Assessed, never taught";
            taught += isTaught ? 1 : 0;
            taughtAndAssessed += isTaught && isAssessed ? 1 : 0;
            neverAssessed += isTaught && !isAssessed ? 1 : 0;
            neverTaught += isTaught ? 0 : 1;
            standardRows.add(row(new Table.Link(s.code(), index.standardUrl(s)), s.framework(), s.description(),
                    use.teaching.size(), use.summative.size(), use.formative, String.join(" ", use.grades), status));
        }

        List<List<Object>> notAssessedRows = new ArrayList<>();
        List<List<Object>> notTaughtRows = new ArrayList<>();
        List<GradeAlignment> byGrade = new ArrayList<>();
        grades.forEach((g, in) -> {
            int gradeTaught = 0;
            int gradeAssessed = 0;
            for (Standard s : order) {
                List<Unit> teaching = in.taught.get(s.key());
                List<Unit> assessing = in.assessed.get(s.key());
                if (teaching != null) {
                    gradeTaught++;
                    if (assessing != null) {
                        gradeAssessed++;
                    } else {
                        notAssessedRows.add(row(g, new Table.Link(s.code(), index.standardUrl(s)), s.description(),
                                teaching.size(), ids(teaching)));
                    }
                } else if (assessing != null) {
                    notTaughtRows.add(row(g, new Table.Link(s.code(), index.standardUrl(s)), s.description(),
                            assessing.size(), ids(assessing)));
                }
            }
            byGrade.add(new GradeAlignment(g, gradeTaught, gradeAssessed));
        });

        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("byGrade", byGrade);
        return new Report("alignment", "Alignment",
                "Is what we teach what we assess?",
                Rows.figures("Standards taught", taught,
                        "Taught and assessed", taughtAndAssessed,
                        "Taught, never assessed", neverAssessed,
                        "Assessed, never taught", neverTaught,
                        "Units whose assessment covers none of their standards", coversNone,
                        "Units naming no assessed standard", unaligned),
                List.of(
                        new Table("taught-not-assessed", "Taught but never assessed, by grade",
                                "Standards the grade's units list that none of its units assesses, summatively or formatively.",
                                List.of("Grade", "Standard", "Description", "Units teaching it", "Unit ids"), notAssessedRows),
                        new Table("assessed-not-taught", "Assessed but never taught, by grade",
                                "Standards the grade's units assess that none of its units lists.",
                                List.of("Grade", "Standard", "Description", "Units assessing it", "Unit ids"), notTaughtRows),
                        new Table("standards", "Every standard taught or assessed",
                                "Units teaching it, units whose assessment names it, activities gathering evidence of it.",
                                List.of("Standard", "Framework", "Description", "Taught in (units)", "Summative (units)",
                                        "Formative (activities)", "Grades", "Status"), standardRows),
                        new Table("units", "Standards a unit lists but does not assess",
                                "Units that name what they assess (in assessment.standards or an activity's assesses), with "
                                        + "the standards they list that neither names.",
                                List.of("Unit", "Id", "Grade", "Subject", "Not assessed", "Assessed of those listed"), unitRows)),
                charts);
    }

    /** The standards {@code u} assesses, summatively or formatively, each noted in {@code uses}. */
    private static Set<String> assessedBy(Unit u, Map<String, Uses> uses) {
        Set<String> assessed = new HashSet<>();
        if (u.assessment() != null) {
            for (Ref r : u.assessment().standards()) {
                if (assessed.add(r.id())) {
                    uses.computeIfAbsent(r.id(), k -> new Uses()).summative.add(u);
                }
            }
        }
        for (Activity a : u.allActivities()) {
            Set<String> once = new HashSet<>();
            for (Ref r : a.assesses()) {
                if (once.add(r.id())) {
                    uses.computeIfAbsent(r.id(), k -> new Uses()).formative++;
                    assessed.add(r.id());
                }
            }
        }
        return assessed;
    }

    private static String ids(List<Unit> units) {
        return units.stream().map(Unit::id).collect(Collectors.joining(" "));
    }
}
