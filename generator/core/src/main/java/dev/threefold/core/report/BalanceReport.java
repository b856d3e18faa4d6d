package dev.threefold.core.report;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.Pedagogy;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.threefold.core.report.Rows.percent;
import static dev.threefold.core.report.Rows.row;

/** Minutes per dimension for every unit (provocation included), rolled up by grade and subject. */
public final class BalanceReport {

    private BalanceReport() {
    }

    public static Report of(SiteIndex index) {
        List<String> columns = List.of("Collective (min)", "Small group (min)", "Inner dialogue (min)", "Total (min)",
                "Collective (%)", "Small group (%)", "Inner dialogue (%)");
        List<List<Object>> unitRows = new ArrayList<>();
        Map<String, Sum> byGrade = new LinkedHashMap<>();
        Map<String, Sum> bySubject = new LinkedHashMap<>();
        index.byGrade().keySet().forEach(g -> byGrade.put(g, new Sum()));
        index.bySubject().keySet().forEach(s -> bySubject.put(s, new Sum()));
        Sum all = new Sum();
        Map<String, Balance> unitBalances = new LinkedHashMap<>();
        int flagged = 0;
        for (Unit u : index.studentUnits()) {
            Balance b = Balance.of(u);
            unitBalances.put(u.id(), b);
            List<Pedagogy.Violation> violations = Pedagogy.balanceViolations(b, index.curriculum());
            if (!violations.isEmpty()) {
                flagged++;
            }
            List<Object> r = row(Rows.unit(index, u), u.id(), Rows.grades(u), u.subject());
            r.addAll(figures(b));
            r.add(violations.stream().map(Pedagogy.Violation::describe).collect(Collectors.joining("; ")));
            unitRows.add(r);
            u.grades().forEach(g -> byGrade.get(g).add(b));
            bySubject.get(u.subject()).add(b);
            all.add(b);
        }
        List<String> unitColumns = new ArrayList<>(List.of("Unit", "Id", "Grade", "Subject"));
        unitColumns.addAll(columns);
        unitColumns.add("Outside balance");

        Map<String, Object> figures = Rows.figures(
                "Units", index.studentUnits().size(),
                "Units outside the balance rules", flagged,
                "Minutes planned", all.total());
        for (Dimension d : Dimension.values()) {
            figures.put(d.label() + " share", percent(all.minutes.get(d), all.total()) + "%");
        }
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("overall", all.toBalance());
        charts.put("byGrade", rollupBalances(byGrade));
        charts.put("bySubject", rollupBalances(bySubject));
        charts.put("units", unitBalances);
        return new Report("balance", "Balance",
                "Which units lean too far toward one dimension?",
                figures,
                List.of(
                        new Table("units", "Every unit", "Minutes per dimension, provocation included; "
                                + "units outside curriculum.balance name the rule they break.", unitColumns, unitRows),
                        rollup("by-grade", "By grade", "Grade", byGrade, columns),
                        rollup("by-subject", "By subject", "Subject", bySubject, columns)),
                charts);
    }

    private static List<Object> figures(Balance b) {
        List<Object> r = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            r.add(b.minutes(d));
        }
        r.add(b.total());
        for (Dimension d : Dimension.values()) {
            r.add(percent(b.minutes(d), b.total()));
        }
        return r;
    }

    private static Table rollup(String id, String title, String key, Map<String, Sum> sums, List<String> columns) {
        List<String> cols = new ArrayList<>(List.of(key, "Units"));
        cols.addAll(columns);
        List<List<Object>> rows = new ArrayList<>();
        sums.forEach((k, s) -> {
            List<Object> r = row(k, s.units);
            r.addAll(figures(s.toBalance()));
            rows.add(r);
        });
        return new Table(id, title, "Minutes summed over the units of each " + key.toLowerCase() + ".", cols, rows);
    }

    private static Map<String, Balance> rollupBalances(Map<String, Sum> sums) {
        Map<String, Balance> out = new LinkedHashMap<>();
        sums.forEach((k, s) -> out.put(k, s.toBalance()));
        return out;
    }

    /** Running minutes per dimension over several units. */
    private static final class Sum {
        final Map<Dimension, Integer> minutes = new EnumMap<>(Dimension.class);
        int units;

        Sum() {
            for (Dimension d : Dimension.values()) {
                minutes.put(d, 0);
            }
        }

        void add(Balance b) {
            units++;
            for (Dimension d : Dimension.values()) {
                minutes.merge(d, b.minutes(d), Integer::sum);
            }
        }

        int total() {
            return minutes.values().stream().mapToInt(Integer::intValue).sum();
        }

        Balance toBalance() {
            return new Balance(Map.copyOf(minutes), total());
        }
    }
}
