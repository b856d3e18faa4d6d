package dev.threefold.core.validate;

import dev.threefold.core.bind.Suggest;
import dev.threefold.core.diag.Diagnostics;
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
 * Checks what no single file can: unique unit ids, and that every cited
 * standard, prerequisite, norm, initiative and {@code unit:} link exists, and
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
                d.error("duplicate-id", u.at(), "id", "unit id `" + u.id() + "` is also used by " + first.at().file(),
                        "give one of them its own `id:` or rename the file");
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

        for (Unit u : units) {
            for (Ref r : u.standards()) {
                if (!standards.containsKey(r.id()) && r.id().contains(":")) {
                    String fw = r.id().substring(0, r.id().indexOf(':'));
                    String code = r.id().substring(fw.length() + 1);
                    List<String> codes = codesByFramework.get(fw);
                    String hint = codes == null
                            ? "known frameworks: " + (codesByFramework.isEmpty() ? "none (add standards/*.yaml)"
                            : String.join(", ", codesByFramework.keySet().stream().sorted().toList()))
                            : nearest("nearest codes in " + fw + ": ", code, codes, fw + ":");
                    d.error("unknown-standard", r.at(), r.keyPath(), "standard `" + r.id() + "` does not exist", hint);
                }
            }
            for (Ref r : u.prerequisites()) {
                if (r.id().equals(u.id())) {
                    d.error("prerequisite-cycle", r.at(), r.keyPath(), "unit `" + u.id() + "` lists itself as a prerequisite",
                            "remove it");
                } else if (!byId.containsKey(r.id()) && !unbound.contains(r.id())) {
                    d.error("unknown-unit", r.at(), r.keyPath(), "prerequisite `" + r.id() + "` is not a unit id",
                            nearest("", r.id(), byId.keySet(), ""));
                }
            }
            for (Ref r : u.unitLinks()) {
                if (!byId.containsKey(r.id()) && !unbound.contains(r.id())) {
                    d.error("unknown-unit", r.at(), r.keyPath(), "link `unit:" + r.id() + "` names no unit",
                            nearest("", r.id(), byId.keySet(), "unit:"));
                }
            }
            if (norms != null) {
                unknown(u.norms(), norms, "norm", "norms", d);
            }
            if (initiatives != null) {
                unknown(u.initiatives(), initiatives, "initiative", "initiatives", d);
            }
        }
        PrerequisiteCycles.report(byId, d);
    }

    private static void unknown(List<Ref> refs, Set<String> known, String what, String key, Diagnostics d) {
        for (Ref r : refs) {
            if (!known.contains(r.id())) {
                String near = Suggest.didYouMean(r.id(), known);
                d.error("unknown-" + what, r.at(), r.keyPath(), what + " `" + r.id() + "` is not defined in curriculum.yaml",
                        near.isEmpty() ? "add it under `" + key + ":` in curriculum.yaml" : near);
            }
        }
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
