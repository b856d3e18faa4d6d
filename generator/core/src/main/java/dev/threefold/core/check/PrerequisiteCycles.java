package dev.threefold.core.check;

import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.model.Ref;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds prerequisite cycles with an iterative depth-first search; reports each cycle once. */
final class PrerequisiteCycles {

    private PrerequisiteCycles() {
    }

    private enum Mark { VISITING, DONE }

    static void report(Map<String, Unit> byId, Diagnostics d) {
        Map<String, Mark> marks = new HashMap<>();
        // A search from each unit not yet seen is a call of its own: the loop over 10,000 units is
        // then compiled as a small method, not with the whole search in it while it runs.
        for (String start : byId.keySet()) {
            if (!marks.containsKey(start)) {
                searchFrom(start, byId, marks, d);
            }
        }
    }

    private static void searchFrom(String start, Map<String, Unit> byId, Map<String, Mark> marks, Diagnostics d) {
        // Stack of (unit, index of next prerequisite to visit); path mirrors the stack.
        List<String> path = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        path.add(start);
        next.add(0);
        marks.put(start, Mark.VISITING);
        while (!path.isEmpty()) {
            int top = path.size() - 1;
            Unit u = byId.get(path.get(top));
            List<Ref> prereqs = u.prerequisites();
            int i = next.get(top);
            if (i >= prereqs.size()) {
                marks.put(u.id(), Mark.DONE);
                path.remove(top);
                next.remove(top);
                continue;
            }
            next.set(top, i + 1);
            Ref r = prereqs.get(i);
            if (!byId.containsKey(r.id()) || r.id().equals(u.id())) {
                continue; // reported as unknown / self-reference
            }
            Mark m = marks.get(r.id());
            if (m == Mark.VISITING) {
                reportCycle(path, r, d);
            } else if (m == null) {
                marks.put(r.id(), Mark.VISITING);
                path.add(r.id());
                next.add(0);
            }
        }
    }

    private static void reportCycle(List<String> path, Ref closing, Diagnostics d) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(closing.id()), path.size()));
        cycle.add(closing.id());
        d.error("prerequisite-cycle", closing.at(), closing.keyPath(),
                "prerequisites form a cycle: " + String.join(" → ", cycle),
                "remove one of these prerequisites so the units can be taught in order");
    }
}
