package dev.threefold.core.report;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Unit;
import dev.threefold.core.model.Grades;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.threefold.core.report.Rows.row;

/**
 * The prerequisite graph: drawn as layers (a unit sits one column right of
 * its latest prerequisite), units nothing follows, the longest chain, and
 * prerequisites taught in a later grade or term. Linear in units + links.
 */
public final class SequenceReport {

    /** Larger graphs are listed in tables only; a picture of thousands of boxes helps nobody. */
    public static final int MAX_DRAWN = 400;

    static final int NODE_W = 210;
    static final int NODE_H = 38;
    static final int GAP_X = 70;
    static final int GAP_Y = 12;
    static final int PAD = 10;

    /** A unit's box: its title and "grade · subject", each cut to fit the box. */
    public record Node(Unit unit, String url, String label, String meta, int x, int y) {
    }

    public record Edge(int x1, int y1, int x2, int y2) {
        /** A smooth curve from the prerequisite's right side to the follower's left side. */
        public String path() {
            int mid = (x1 + x2) / 2;
            return "M" + x1 + " " + y1 + " C" + mid + " " + y1 + " " + mid + " " + y2 + " " + x2 + " " + y2;
        }
    }

    public record Graph(int width, int height, List<Node> nodes, List<Edge> edges) {
    }

    private SequenceReport() {
    }

    public static Report of(SiteIndex index) {
        List<Unit> units = index.studentUnits();
        Map<String, Integer> depth = depths(index);
        Map<String, Unit> previous = new HashMap<>();
        for (Unit u : topological(index)) {
            for (Unit p : prerequisites(index, u)) {
                if (depth.get(p.id()) + 1 == depth.get(u.id()) && !previous.containsKey(u.id())) {
                    previous.put(u.id(), p);
                }
            }
        }
        Unit deepest = null;
        for (Unit u : units) {
            if (deepest == null || depth.get(u.id()) > depth.get(deepest.id())) {
                deepest = u;
            }
        }
        List<Unit> chain = new ArrayList<>();
        for (Unit u = deepest; u != null; u = previous.get(u.id())) {
            chain.add(u);
        }
        Collections.reverse(chain);

        List<List<Object>> leaves = new ArrayList<>();
        List<List<Object>> outOfOrder = new ArrayList<>();
        int links = 0;
        for (Unit u : units) {
            if (followers(index, u).isEmpty()) {
                leaves.add(row(Rows.unit(index, u), u.id(), Rows.grades(u), u.subject(), u.prerequisites().size()));
            }
            for (Unit p : prerequisites(index, u)) {
                links++;
                String problem = index.taughtLater(p, u);
                if (problem != null) {
                    outOfOrder.add(row(Rows.unit(index, u), Rows.grades(u), u.term() == null ? "" : u.term(),
                            Rows.unit(index, p), Rows.grades(p), p.term() == null ? "" : p.term(), problem));
                }
            }
        }
        List<List<Object>> chainRows = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            Unit u = chain.get(i);
            chainRows.add(row(i + 1, Rows.unit(index, u), u.id(), Rows.grades(u), u.subject(), u.term() == null ? "" : u.term()));
        }
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("graph", units.size() <= MAX_DRAWN ? layout(index, depth) : null);
        charts.put("maxDrawn", MAX_DRAWN);
        return new Report("sequence", "Sequence",
                "How do units build on each other, and is anything taught out of order?",
                Rows.figures("Units", units.size(), "Prerequisite links", links,
                        "Units nothing follows", leaves.size(), "Longest chain (units)", chain.size(),
                        "Prerequisites taught later", outOfOrder.size()),
                List.of(
                        new Table("out-of-order", "Prerequisites taught in a later grade or term", "",
                                List.of("Unit", "Grade", "Term", "Prerequisite", "Its grade", "Its term", "Problem"), outOfOrder),
                        new Table("longest-chain", "The longest chain", "Each unit is a prerequisite of the next.",
                                List.of("Step", "Unit", "Id", "Grade", "Subject", "Term"), chainRows),
                        new Table("leaves", "Units nothing follows", "No unit lists these as a prerequisite.",
                                List.of("Unit", "Id", "Grade", "Subject", "Prerequisites"), leaves)),
                charts);
    }

    /** Prerequisites and followers among the student units: the report leaves professional learning out. */
    private static List<Unit> prerequisites(SiteIndex index, Unit u) {
        return index.prerequisites(u).stream().filter(p -> !p.isForEducators()).toList();
    }

    private static List<Unit> followers(SiteIndex index, Unit u) {
        return index.followers(u).stream().filter(f -> !f.isForEducators()).toList();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Kahn's algorithm; content is already checked to have no cycles. */
    static List<Unit> topological(SiteIndex index) {
        Map<String, Integer> waiting = new HashMap<>();
        Deque<Unit> ready = new ArrayDeque<>();
        for (Unit u : index.studentUnits()) {
            int waitingFor = prerequisites(index, u).size();
            waiting.put(u.id(), waitingFor);
            if (waitingFor == 0) {
                ready.add(u);
            }
        }
        List<Unit> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Unit u = ready.poll();
            order.add(u);
            for (Unit f : followers(index, u)) {
                if (waiting.merge(f.id(), -1, Integer::sum) == 0) {
                    ready.add(f);
                }
            }
        }
        return order;
    }

    /** Longest number of prerequisite steps leading to each unit (0 for units with none). */
    static Map<String, Integer> depths(SiteIndex index) {
        Map<String, Integer> depth = new HashMap<>();
        for (Unit u : topological(index)) {
            int d = 0;
            for (Unit p : prerequisites(index, u)) {
                d = Math.max(d, depth.get(p.id()) + 1);
            }
            depth.put(u.id(), d);
        }
        return depth;
    }

    private static Graph layout(SiteIndex index, Map<String, Integer> depth) {
        Map<Integer, Integer> rowsUsed = new HashMap<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        int maxDepth = 0;
        int maxRows = 0;
        for (Unit u : index.studentUnits()) {
            int col = depth.get(u.id());
            int r = rowsUsed.merge(col, 1, Integer::sum) - 1;
            maxDepth = Math.max(maxDepth, col);
            maxRows = Math.max(maxRows, r + 1);
            String meta = Grades.label(u.grades()) + " · " + u.subject();
            nodes.put(u.id(), new Node(u, index.unitUrl(u), cut(u.title(), 27), cut(meta, 36),
                    PAD + col * (NODE_W + GAP_X), PAD + r * (NODE_H + GAP_Y)));
        }
        List<Edge> edges = new ArrayList<>();
        for (Unit u : index.studentUnits()) {
            Node to = nodes.get(u.id());
            for (Unit p : prerequisites(index, u)) {
                Node from = nodes.get(p.id());
                edges.add(new Edge(from.x() + NODE_W, from.y() + NODE_H / 2, to.x(), to.y() + NODE_H / 2));
            }
        }
        int width = 2 * PAD + (maxDepth + 1) * NODE_W + maxDepth * GAP_X;
        int height = 2 * PAD + maxRows * NODE_H + Math.max(0, maxRows - 1) * GAP_Y;
        return new Graph(width, height, List.copyOf(nodes.values()), edges);
    }
}
