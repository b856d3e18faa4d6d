package dev.threefold.core.render.page;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units practising a norm or carrying an initiative, for its page: student units by grade
 * (in the curriculum's order, a unit of two grades under each) and the professional learning apart.
 * A page lists them as links, not cards: a norm every unit names lists the whole curriculum.
 */
public record PracticeGroups(Map<String, List<Unit>> byGrade, List<Unit> educators, int students) {

    public static PracticeGroups of(SiteIndex index, List<Unit> units) {
        Map<String, List<Unit>> byGrade = new LinkedHashMap<>();
        index.byGrade().keySet().forEach(g -> byGrade.put(g, new ArrayList<>()));
        List<Unit> educators = new ArrayList<>();
        int students = 0;
        for (Unit u : units) {
            if (u.isForEducators()) {
                educators.add(u);
                continue;
            }
            students++;
            for (String g : u.grades()) {
                byGrade.get(g).add(u);
            }
        }
        byGrade.values().removeIf(List::isEmpty);
        return new PracticeGroups(byGrade, educators, students);
    }
}
