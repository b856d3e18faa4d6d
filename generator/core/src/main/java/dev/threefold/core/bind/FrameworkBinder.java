package dev.threefold.core.bind;

import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.load.Node;
import dev.threefold.core.model.Framework;
import dev.threefold.core.model.Standard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** standards/*.yaml → {@link Framework}. */
public final class FrameworkBinder {

    public Framework bind(Node root, Diagnostics d) {
        Fields f = new Fields(root, "", Keys.FRAMEWORK, d);
        String id = f.string("framework", true);
        if (id != null && !id.matches("[a-z0-9-]+")) {
            d.error("bad-id", f.at("framework"), "framework", "framework id \"" + id + "\" is not of the form [a-z0-9-]+",
                    "write e.g. `" + CurriculumBinder.slugLike(id) + "`");
            id = null;
        }
        String title = f.string("title", true);
        String url = f.string("url", false);
        if (url != null && !url.matches("https?://\\S+")) {
            d.error("wrong-value", f.at("url"), "url", "expected an http(s) address, got \"" + url + "\"",
                    "write the framework's web address, starting with https://");
            url = null;
        }
        String frameworkId = id;
        Set<String> codes = new HashSet<>();
        List<Standard> standards = f.each("standards", true, 0, (n, p) -> {
            Fields s = new Fields(n, p, Keys.STANDARD, d);
            String code = s.string("code", true);
            String description = s.string("description", true);
            String grade = s.string("grade", false);
            if (code != null && (code.contains(" ") || code.isBlank())) {
                d.error("bad-id", s.at("code"), s.join("code"), "standard code \"" + code + "\" contains spaces",
                        "write the code without spaces, e.g. `3.NF.A.1`");
                return null;
            }
            if (code != null && !codes.add(code)) {
                d.error("duplicate-id", s.at("code"), s.join("code"), "standard `" + code + "` is listed twice in this framework",
                        "keep one of them");
                return null;
            }
            return code == null || description == null || frameworkId == null ? null
                    : new Standard(frameworkId, code, description, grade);
        });
        return id == null ? null : new Framework(id, title == null ? id : title, url, standards, f.at("framework"));
    }
}
