package dev.threefold.core.render.page;

import dev.threefold.core.render.data.UnitJsonLd;
import dev.threefold.core.diff.ChangeReport;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Curriculum;
import dev.threefold.core.model.Framework;
import dev.threefold.core.model.Initiative;
import dev.threefold.core.model.Norm;
import dev.threefold.core.model.Unit;
import dev.threefold.core.report.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The HTML pages of the site, from the index. A full build renders them all
 * in parallel and hands each to the sink as soon as it is done; the preview
 * server renders only the pages a browser asks for.
 */
public final class SiteRenderer {

    private final PageRenderer pages;
    private final SiteIndex index;
    private final UnitHistory since;

    /**
     * @param baseUrl where the site is published, for absolute links in link previews and print; blank when unknown
     * @param since   changes since a past version, listed on each unit page; null for none
     */
    public SiteRenderer(Theme theme, SiteIndex index, String baseUrl, ChangeReport since) {
        this.index = index;
        this.since = since == null ? null : UnitHistory.of(since);
        String base = baseUrl == null || baseUrl.isBlank() ? "" : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.pages = new PageRenderer(theme, Map.of(
                "baseUrl", base,
                "site", index.curriculum(),
                "index", index,
                "tf", new Helpers(),
                "once", new RenderOnce()));
    }

    /** Every HTML page of the site, not yet rendered: cheap to list, each rendered when asked. */
    public List<Page> pages() {
        List<Page> todo = new ArrayList<>();
        todo.add(new Page("index.html", "home.ftlh", () -> Map.of("section", "home")));
        todo.add(new Page("search/index.html", "search.ftlh", () -> Map.of("section", "search")));
        UnitJsonLd jsonLd = new UnitJsonLd(index);
        for (Unit u : index.units()) {
            todo.add(new Page(index.unitUrl(u), "unit.ftlh", () -> since == null
                    ? Map.of("section", "units", "unit", u, "jsonLd", jsonLd.of(u))
                    : Map.of("section", "units", "unit", u, "jsonLd", jsonLd.of(u), "since", since.of(u))));
            todo.add(new Page(index.studentUrl(u), "student.ftlh", () -> Map.of("section", "units", "unit", u)));
        }
        todo.add(listIndex("grades", "Grades", () -> index.byGrade().keySet().stream()
                .map(g -> new Entry(new Helpers().gradeLabel(g), index.gradeUrl(g), index.byGrade().get(g).size())).toList()));
        index.byGrade().forEach((g, units) -> todo.add(list("grades", index.gradeUrl(g), new Helpers().gradeLabel(g), units)));
        todo.add(listIndex("subjects", "Subjects", () -> index.bySubject().keySet().stream()
                .map(s -> new Entry(s, index.subjectUrl(s), index.bySubject().get(s).size())).toList()));
        index.bySubject().forEach((s, units) -> todo.add(list("subjects", index.subjectUrl(s), s, units)));
        todo.add(listIndex("tags", "Tags", () -> index.byTag().keySet().stream()
                .map(t -> new Entry(t, index.tagUrl(t), index.byTag().get(t).size())).toList()));
        index.byTag().forEach((t, units) -> todo.add(list("tags", index.tagUrl(t), "Tagged “" + t + "”", units)));
        todo.add(new Page("standards/index.html", "standards.ftlh", () -> Map.of("section", "standards")));
        for (Framework f : index.frameworks()) {
            todo.add(new Page(index.frameworkUrl(f), "framework.ftlh",
                    () -> Map.of("section", "standards", "framework", f)));
        }
        todo.add(new Page("sequence/index.html", "sequence.ftlh",
                () -> Map.of("section", "sequence", "grid", SequenceGrid.of(index))));
        if (!index.educatorUnits().isEmpty()) {
            todo.add(new Page(index.learningUrl(), "learning.ftlh",
                    () -> Map.of("section", "learning", "units", index.educatorUnits())));
        }
        index.byNorm().forEach((id, units) -> {
            Norm n = index.norm(id);
            todo.add(new Page(index.normUrl(n), "practice.ftlh",
                    () -> Map.of("kind", "Norm", "title", n.text(), "units", PracticeGroups.of(index, units))));
        });
        index.byInitiative().forEach((id, units) -> {
            Initiative i = index.initiative(id);
            todo.add(new Page(index.initiativeUrl(i), "practice.ftlh", () -> i.description() == null
                    ? Map.of("kind", "Initiative", "title", i.title(), "units", PracticeGroups.of(index, units))
                    : Map.of("kind", "Initiative", "title", i.title(), "description", i.description(),
                            "units", PracticeGroups.of(index, units))));
        });
        return todo;
    }

    /** The report pages: the reports index and one page per report. */
    public List<Page> reportPages(List<Report> reports) {
        List<Page> todo = new ArrayList<>();
        todo.add(reportsIndexPage(reports));
        for (Report r : reports) {
            todo.add(reportPage(r));
        }
        return todo;
    }

    /** The reports' index, which lists them all. */
    public Page reportsIndexPage(List<Report> reports) {
        return new Page("reports/index.html", "reports.ftlh", () -> Map.of("section", "reports", "reports", reports));
    }

    public Page reportPage(Report r) {
        return new Page(r.url(), "report.ftlh", () -> Map.of("section", "reports", "report", r));
    }

    public byte[] render(Page p) {
        return pages.render(p.template, p.path, p.model.get());
    }

    /**
     * A page as rendered, with all it was made from: its template, its own values, the site's
     * curriculum and theme, and what it read of the index ({@link Reads}).
     */
    public record Rendered(String template, Map<String, Object> model, Curriculum curriculum, String theme, Reads reads,
                           byte[] bytes) {
    }

    /**
     * The page as this site renders it: {@code before} (a rendering from an earlier site, or null)
     * when it would come out the same — the same template of an equal theme, over equal values of
     * its own and an equal curriculum, every call it made of the index giving an equal result
     * here — else rendered now, recording what it reads.
     */
    public Rendered renderedAgain(Rendered before, Page p) {
        Map<String, Object> model = p.model.get();
        String theme = pages.theme().fingerprint();
        if (before != null && before.template().equals(p.template) && before.theme().equals(theme)
                && Objects.equals(before.curriculum(), index.curriculum()) && before.model().equals(model)
                && before.reads().sameOn(index, pages.theme().wrapper())) {
            return before;
        }
        Reads.Recorded<byte[]> r = Reads.during(() -> pages.render(p.template, p.path, model));
        return new Rendered(p.template, model, index.curriculum(), theme, r.reads(), r.value());
    }

    /** A link in a list of grades, subjects or tags. */
    public record Entry(String label, String url, int count) {
    }

    /** An HTML page: where it goes, its template, and its model (computed only when it is rendered). */
    public record Page(String path, String template, Supplier<Map<String, Object>> model) {
    }

    private Page list(String section, String url, String title, List<Unit> units) {
        return new Page(url, "list.ftlh", () -> Map.of("section", section, "title", title, "units", units));
    }

    private Page listIndex(String section, String title, Supplier<List<Entry>> entries) {
        return new Page(section + "/index.html", "taxonomy.ftlh",
                () -> Map.of("section", section, "title", title, "entries", entries.get()));
    }
}
