package dev.threefold.core.render.page;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scope and sequence as tables: for each grade, a row per subject and a
 * column per term (plus "Any term" when some units have none).
 */
public record SequenceGrid(List<String> terms, List<GradeTable> grades) {

    public static final String NO_TERM = "Any term";

    public record GradeTable(String grade, List<Row> rows) {
    }

    /** {@code cells} holds one list of units per term, in {@link SequenceGrid#terms()} order. */
    public record Row(String subject, List<List<Unit>> cells) {
    }

    public static SequenceGrid of(SiteIndex index) {
        List<String> terms = new ArrayList<>(index.curriculum().terms());
        for (Unit u : index.studentUnits()) {
            if (u.term() != null && !terms.contains(u.term())) {
                terms.add(u.term());
            }
        }
        if (index.studentUnits().stream().anyMatch(u -> u.term() == null)) {
            terms.add(NO_TERM);
        }
        List<GradeTable> grades = new ArrayList<>();
        for (var g : index.byGrade().entrySet()) {
            Map<String, List<List<Unit>>> rows = new LinkedHashMap<>();
            for (String subject : index.bySubject().keySet()) {
                List<List<Unit>> cells = new ArrayList<>();
                terms.forEach(t -> cells.add(new ArrayList<>()));
                rows.put(subject, cells);
            }
            for (Unit u : g.getValue()) { // already in sequence order
                int col = terms.indexOf(u.term() == null ? NO_TERM : u.term());
                rows.get(u.subject()).get(col).add(u);
            }
            List<Row> list = new ArrayList<>();
            rows.forEach((subject, cells) -> {
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    list.add(new Row(subject, cells));
                }
            });
            grades.add(new GradeTable(g.getKey(), list));
        }
        return new SequenceGrid(List.copyOf(terms), List.copyOf(grades));
    }
}
