package dev.threefold.core.render.page;

import dev.threefold.core.diff.ChangeReport;
import dev.threefold.core.diff.MarkdownReport;
import dev.threefold.core.model.Curriculum;
import dev.threefold.core.model.Equity;
import dev.threefold.core.render.data.ChangesJson;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The change report as a folder of its own in the site's look: {@code index.html} (the theme's
 * {@code changes.ftlh}), the theme's assets, and the report's JSON and complete Markdown twins.
 */
public final class ChangesPage {

    private ChangesPage() {
    }

    /**
     * Path in the folder → bytes.
     *
     * @param full whether changes.md is complete or the short form (the JSON and the page are always complete)
     */
    public static Map<String, byte[]> files(Theme theme, ChangeReport report, boolean full) {
        Curriculum site = report.head().checked().curriculum() != null ? report.head().checked().curriculum()
                : report.base().checked().curriculum() != null ? report.base().checked().curriculum()
                : new Curriculum("Curriculum", null, "en", null, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), null, Equity.DEFAULT);
        Map<String, byte[]> out = new TreeMap<>(theme.assets());
        out.put("index.html", new PageRenderer(theme, Map.of("site", site, "tf", new Helpers(), "once", new RenderOnce()))
                .render("changes.ftlh", "index.html", Map.of("report", report)));
        out.put("changes.json", ChangesJson.of(report));
        out.put("changes.md", MarkdownReport.of(report, full).getBytes(StandardCharsets.UTF_8));
        return out;
    }
}
