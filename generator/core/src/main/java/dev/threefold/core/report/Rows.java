package dev.threefold.core.report;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers for building report rows. */
final class Rows {

    private Rows() {
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static Table.Link unit(SiteIndex index, Unit u) {
        return new Table.Link(u.title(), index.unitUrl(u));
    }

    static String grades(Unit u) {
        return String.join(" ", u.grades());
    }

    /** Whole percent of part in total, rounded half up; 0 when total is 0. */
    static long percent(long part, long total) {
        return total == 0 ? 0 : Math.round(100.0 * part / total);
    }

    static Map<String, Object> figures(Object... labelValue) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < labelValue.length; i += 2) {
            m.put((String) labelValue[i], labelValue[i + 1]);
        }
        return m;
    }
}
