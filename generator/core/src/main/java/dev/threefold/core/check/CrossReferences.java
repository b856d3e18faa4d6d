package dev.threefold.core.check;

import dev.threefold.core.bind.Suggest;
import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.Curriculum;
import dev.threefold.core.model.Framework;
import dev.threefold.core.model.Initiative;
import dev.threefold.core.model.Norm;
import dev.threefold.core.model.Ref;
import dev.threefold.core.model.Standard;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks what no single file can: unique unit ids, and that every cited or assessed
 * standard, prerequisite, served unit, norm, initiative and {@code unit:} link exists, and
 * that prerequisites have no cycle. Linear in the number of references.
 */
public final class CrossReferences {

    private CrossReferences() {
    }

    /**
     * @param unbound ids of unit files that failed to bind; references to them are not reported again,
     *                since the broken file already has its own errors
     */
    public static void check(Curriculum curriculum, List<Framework> frameworks, List<Unit> units, Set<String> unbound,
                             Diagnostics d) {
        Map<String, Unit> byId = new LinkedHashMap<>();
        for (Unit u : units) {
            Unit first = byId.putIfAbsent(u.id(), u);
            if (first != null) {
                duplicateId(u, first, d);
            }
        }
        Map<String, Standard> standards = new HashMap<>();
        Map<String, List<String>> codesByFramework = new HashMap<>();
        for (Framework f : frameworks) {
            for (Standard s : f.standards()) {
                standards.put(s.key(), s);
                codesByFramework.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(s.code());
            }
        }
        Set<String> norms = curriculum == null ? null
                : curriculum.norms().stream().map(Norm::id).collect(Collectors.toSet());
        Set<String> initiatives = curriculum == null ? null
                : curriculum.initiatives().stream().map(Initiative::id).collect(Collectors.toSet());

        // Each unit's references are checked by a call of their own, and each problem is reported by
        // a method of its own: the loop over 10,000 units is then compiled as a small method, where it
        // was compiled while it ran as one large one with every error message (four times, 90 ms of the
        // compiler's thread in a one-unit rebuild; wall time within the noise either way).
        Known known = new Known(byId, unbound, standards.keySet(), codesByFramework, norms, initiatives);
        for (Unit u : units) {
            checkUnit(u, known, d);
        }
        PrerequisiteCycles.report(byId, d);
    }

    /** What references may name: unit ids (and those of units that failed to bind), standards, norms and initiatives. */
    private record Known(Map<String, Unit> byId, Set<String> unbound, Set<String> standards,
                         Map<String, List<String>> codesByFramework, Set<String> norms, Set<String> initiatives) {
        Set<String> units() {
            return byId.keySet();
        }
    }

    private static void checkUnit(Unit u, Known known, Diagnostics d) {
        standardsExist(u.standards(), known, d);
        if (u.assessment() != null) {
            standardsExist(u.assessment().standards(), known, d);
        }
        for (Activity a : u.allActivities()) {
            standardsExist(a.assesses(), known, d);
        }
        for (Ref r : u.serves()) {
            Unit served = known.byId().get(r.id());
            if (served == null && !known.unbound().contains(r.id())) {
                unknownUnit(r, "`serves` names `" + r.id() + "`, which is not a unit id", known.units(), "", d);
            } else if (served != null && served.isForEducators()) {
                servesEducators(r, d);
            }
        }
        for (Ref r : u.prerequisites()) {
            if (r.id().equals(u.id())) {
                ownPrerequisite(u, r, d);
            } else if (!known.units().contains(r.id()) && !known.unbound().contains(r.id())) {
                unknownUnit(r, "prerequisite `" + r.id() + "` is not a unit id", known.units(), "", d);
            }
        }
        for (Ref r : u.unitLinks()) {
            if (!known.units().contains(r.id()) && !known.unbound().contains(r.id())) {
                unknownUnit(r, "link `unit:" + r.id() + "` names no unit", known.units(), "unit:", d);
            }
        }
        if (known.norms() != null) {
            unknown(u.norms(), known.norms(), "norm", "norms", d);
        }
        if (known.initiatives() != null) {
            unknown(u.initiatives(), known.initiatives(), "initiative", "initiatives", d);
        }
    }

    private static void standardsExist(List<Ref> refs, Known known, Diagnostics d) {
        for (Ref r : refs) {
            if (!known.standards().contains(r.id()) && r.id().contains(":")) {
                unknownStandard(r, known.codesByFramework(), d);
            }
        }
    }

    private static void servesEducators(Ref r, Diagnostics d) {
        d.error("serves-educator-unit", r.at(), r.keyPath(),
                "`serves` names `" + r.id() + "`, a professional learning unit; it lists the student units this one supports",
                "name the student units whose teaching this professional learning supports");
    }

    private static void duplicateId(Unit u, Unit first, Diagnostics d) {
        d.error("duplicate-id", u.at(), "id", "unit id `" + u.id() + "` is also used by " + first.at().file(),
                "give one of them its own `id:` or rename the file");
    }

    private static void ownPrerequisite(Unit u, Ref r, Diagnostics d) {
        d.error("prerequisite-cycle", r.at(), r.keyPath(), "unit `" + u.id() + "` lists itself as a prerequisite", "remove it");
    }

    private static void unknownStandard(Ref r, Map<String, List<String>> codesByFramework, Diagnostics d) {
        String fw = r.id().substring(0, r.id().indexOf(':'));
        String code = r.id().substring(fw.length() + 1);
        List<String> codes = codesByFramework.get(fw);
        String hint = codes == null
                ? "known frameworks: " + (codesByFramework.isEmpty() ? "none (add standards/*.yaml)"
                : String.join(", ", codesByFramework.keySet().stream().sorted().toList()))
                : nearest("nearest codes in " + fw + ": ", code, codes, fw + ":");
        d.error("unknown-standard", r.at(), r.keyPath(), "standard `" + r.id() + "` does not exist", hint);
    }

    private static void unknownUnit(Ref r, String message, Set<String> units, String show, Diagnostics d) {
        d.error("unknown-unit", r.at(), r.keyPath(), message, nearest("", r.id(), units, show));
    }

    private static void unknown(List<Ref> refs, Set<String> known, String what, String key, Diagnostics d) {
        for (Ref r : refs) {
            if (!known.contains(r.id())) {
                unknownName(r, known, what, key, d);
            }
        }
    }

    private static void unknownName(Ref r, Set<String> known, String what, String key, Diagnostics d) {
        String near = Suggest.didYouMean(r.id(), known);
        d.error("unknown-" + what, r.at(), r.keyPath(), what + " `" + r.id() + "` is not defined in curriculum.yaml",
                near.isEmpty() ? "add it under `" + key + ":` in curriculum.yaml" : near);
    }

    private static String nearest(String prefix, String wrong, java.util.Collection<String> candidates, String show) {
        List<String> near = Suggest.nearest(wrong, candidates, 3);
        if (near.isEmpty()) {
            return "";
        }
        String list = near.stream().map(n -> "`" + show + n + "`").collect(Collectors.joining(", "));
        return prefix.isEmpty() ? "did you mean " + list + "?" : prefix + list;
    }
}
