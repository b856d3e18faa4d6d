package dev.threefold.core.report;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.Initiative;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.threefold.core.report.Rows.percent;
import static dev.threefold.core.report.Rows.row;

/**
 * Professional learning in the frame it asks of classrooms, and apart from the student
 * statistics: each educator unit's time as a whole staff (collective), in grade-level teams and
 * PLCs (small group) and in each teacher's own reflection (inner dialogue); the initiatives it
 * carries; the student units it serves.
 */
public final class LearningReport {

    /** The three dimensions as adults live them. */
    public static final Map<Dimension, String> FOR_ADULTS = Map.of(
            Dimension.COLLECTIVE, "Whole staff",
            Dimension.SMALL_GROUP, "Teams and PLCs",
            Dimension.INNER_DIALOGUE, "Own reflection");

    private LearningReport() {
    }

    public static Report of(SiteIndex index) {
        List<List<Object>> unitRows = new ArrayList<>();
        List<List<Object>> servesRows = new ArrayList<>();
        Map<String, Balance> balances = new LinkedHashMap<>();
        int[] minutes = new int[Dimension.values().length];
        java.util.Set<String> served = new java.util.HashSet<>();
        for (Unit u : index.educatorUnits()) {
            Balance b = Balance.of(u);
            balances.put(balances.containsKey(u.title()) ? u.title() + " (" + u.id() + ")" : u.title(), b);
            List<Object> r = row(Rows.unit(index, u), u.id(), u.term() == null ? "" : u.term());
            for (Dimension d : Dimension.values()) {
                r.add(b.minutes(d));
                minutes[d.ordinal()] += b.minutes(d);
            }
            r.add(b.total());
            for (Dimension d : Dimension.values()) {
                r.add(percent(b.minutes(d), b.total()));
            }
            r.add(index.initiativesOf(u).stream().map(Initiative::title).collect(Collectors.joining("; ")));
            List<Unit> serves = index.served(u);
            r.add(serves.size());
            unitRows.add(r);
            for (Unit s : serves) {
                served.add(s.id());
                servesRows.add(row(Rows.unit(index, u), Rows.unit(index, s), s.id(), Rows.grades(s), s.subject()));
            }
        }
        List<List<Object>> initiativeRows = new ArrayList<>();
        index.byInitiative().forEach((id, units) -> {
            long educators = units.stream().filter(Unit::isForEducators).count();
            initiativeRows.add(row(index.initiative(id).title(), educators, units.size() - educators));
        });
        List<String> columns = new ArrayList<>(List.of("Professional learning", "Id", "Term"));
        for (Dimension d : Dimension.values()) {
            columns.add(FOR_ADULTS.get(d) + " (min)");
        }
        columns.add("Total (min)");
        for (Dimension d : Dimension.values()) {
            columns.add(FOR_ADULTS.get(d) + " (%)");
        }
        columns.add("Initiatives");
        columns.add("Student units served");
        int total = 0;
        for (int m : minutes) {
            total += m;
        }
        Map<String, Object> figures = Rows.figures(
                "Professional learning units", index.educatorUnits().size(),
                "Minutes planned", total);
        for (Dimension d : Dimension.values()) {
            figures.put(FOR_ADULTS.get(d) + " share", percent(minutes[d.ordinal()], total) + "%");
        }
        figures.put("Student units served", served.size());
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("units", balances);
        Map<Dimension, String> labels = new EnumMap<>(FOR_ADULTS);
        charts.put("labels", labels.values().stream().toList());
        return new Report("learning", "Professional learning",
                "How do our adults learn, and which classrooms does it serve?",
                figures,
                List.of(
                        new Table("units", "Every professional learning unit",
                                "Minutes as a whole staff, in teams and PLCs, and in each teacher's own reflection; "
                                        + "the initiatives each carries and how many student units it serves.", columns, unitRows),
                        new Table("serves", "The student units it serves",
                                "Each professional learning unit with the student units it lists in serves.",
                                List.of("Professional learning", "Student unit", "Id", "Grade", "Subject"), servesRows),
                        new Table("initiatives", "Initiatives carried",
                                "How many professional learning units and student units carry each initiative.",
                                List.of("Initiative", "Professional learning units", "Student units"), initiativeRows)),
                charts);
    }
}
