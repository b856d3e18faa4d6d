package dev.threefold.core.report;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Framework;
import dev.threefold.core.model.Standard;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.threefold.core.report.Rows.percent;
import static dev.threefold.core.report.Rows.row;

/**
 * Standards coverage: each standard with the units citing it, standards no
 * unit cites, and the most cited. The page draws a units × standards matrix
 * per grade and framework, so a team can read one grade at a time.
 */
public final class CoverageReport {

    /** Standards cited by at least this many units are listed as "cited by many". */
    static final int MANY = 3;

    private CoverageReport() {
    }

    /**
     * One framework's standards of one grade against the units that cite any of them, with
     * every cell worked out here: at 10,000 units the matrices have a million cells, which the
     * template has written in Java ({@code tf.coverageCells}), row by row.
     */
    public record Matrix(Framework framework, String grade, List<Column> columns, List<Row> rows) {
    }

    /** A standard as a column: how many units cite it (0 shades the column). */
    public record Column(Standard standard, int citing) {
        public boolean uncited() {
            return citing == 0;
        }
    }

    /** A unit as a row: one flag per column, true where the unit cites that standard. */
    public record Row(Unit unit, List<Boolean> cites) {
    }

    public static Report of(SiteIndex index) {
        List<List<Object>> all = new ArrayList<>();
        List<List<Object>> uncited = new ArrayList<>();
        List<Standard> many = new ArrayList<>();
        List<Matrix> matrices = new ArrayList<>();
        int total = 0;
        int cited = 0;
        for (Framework f : index.frameworks()) {
            Map<String, List<Standard>> byGrade = new LinkedHashMap<>();
            for (Standard s : f.standards()) {
                total++;
                List<Unit> units = index.citing(s);
                String grade = s.grade() == null ? "Any grade" : s.grade();
                byGrade.computeIfAbsent(grade, k -> new ArrayList<>()).add(s);
                all.add(row(f.id(), new Table.Link(s.code(), index.standardUrl(s)), s.grade() == null ? "" : s.grade(),
                        s.description(), units.size(), units.stream().map(Unit::id).collect(Collectors.joining(" "))));
                if (units.isEmpty()) {
                    uncited.add(row(f.id(), new Table.Link(s.code(), index.standardUrl(s)),
                            s.grade() == null ? "" : s.grade(), s.description()));
                } else {
                    cited++;
                }
                if (units.size() >= MANY) {
                    many.add(s);
                }
            }
            byGrade.forEach((grade, standards) -> matrices.add(matrix(index, f, grade, standards)));
        }
        many.sort(Comparator.comparingInt((Standard s) -> -index.citing(s).size()).thenComparing(Standard::key));
        List<List<Object>> manyRows = many.stream().map(s -> row(s.framework(),
                new Table.Link(s.code(), index.standardUrl(s)), s.description(), index.citing(s).size())).toList();

        Map<String, Object> charts = new LinkedHashMap<>();
        Map<String, List<Matrix>> byGrade = new LinkedHashMap<>();
        for (String grade : index.byGrade().keySet()) {
            byGrade.put(grade, new ArrayList<>());
        }
        for (Matrix m : matrices) {
            byGrade.computeIfAbsent(m.grade(), k -> new ArrayList<>()).add(m);
        }
        byGrade.values().removeIf(List::isEmpty);
        charts.put("byGrade", byGrade);
        return new Report("coverage", "Standards coverage",
                "Which standards does nobody teach, and which do many units cite?",
                Rows.figures("Standards", total, "Cited by at least one unit", cited,
                        "Not yet taught", total - cited, "Coverage", percent(cited, total) + "%"),
                List.of(
                        new Table("uncited", "Standards no unit cites", "", List.of("Framework", "Code", "Grade", "Standard"), uncited),
                        new Table("most-cited", "Cited by many", "Standards cited by " + MANY + " or more units.",
                                List.of("Framework", "Code", "Standard", "Units"), new ArrayList<>(manyRows)),
                        new Table("standards", "Every standard", "Each standard with the ids of the units that cite it.",
                                List.of("Framework", "Code", "Grade", "Standard", "Units", "Unit ids"), all)),
                charts);
    }

    private static Matrix matrix(SiteIndex index, Framework f, String grade, List<Standard> standards) {
        Set<String> units = new java.util.HashSet<>(); // ids: hashing whole unit records is slow
        List<Set<String>> citedBy = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (Standard s : standards) {
            List<Unit> citing = index.citing(s);
            citing.forEach(u -> units.add(u.id()));
            citedBy.add(citing.stream().map(Unit::id).collect(Collectors.toSet()));
            columns.add(new Column(s, citing.size()));
        }
        List<Row> rows = new ArrayList<>();
        for (Unit u : index.studentUnits()) {
            if (units.contains(u.id())) {
                rows.add(new Row(u, citedBy.stream().map(ids -> ids.contains(u.id())).toList()));
            }
        }
        return new Matrix(f, grade, columns, rows);
    }
}
