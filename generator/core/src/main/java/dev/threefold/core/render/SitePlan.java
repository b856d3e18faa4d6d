package dev.threefold.core.render;

import dev.threefold.core.render.data.SearchIndex;
import dev.threefold.core.render.data.SearchParts;
import dev.threefold.core.render.data.Sitemap;
import dev.threefold.core.render.data.UnitsJson;
import dev.threefold.core.render.page.SiteRenderer;
import dev.threefold.core.render.page.Theme;
import dev.threefold.core.concurrent.OneAtATime;
import dev.threefold.core.diff.ChangeReport;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.render.PageSink;
import dev.threefold.core.report.Report;
import dev.threefold.core.render.data.ReportFiles;
import dev.threefold.core.report.Reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Every file of a site as a recipe: its path and how to produce its bytes.
 * Listing the files is cheap; each is produced only when asked for. A full
 * build writes them all; the preview server produces the ones requested, so
 * both produce the very same bytes.
 */
public final class SitePlan {

    private final SiteIndex index;
    private final SiteRenderer renderer;
    private final Map<String, SiteRenderer.Page> pages = new LinkedHashMap<>();
    private final Map<String, Supplier<byte[]>> data = new LinkedHashMap<>();
    private final Map<String, byte[]> themeAssets;
    private final Map<String, Path> contentAssets;
    private final String baseUrl;
    private final PageMemory memory;
    /** Each report, made on first need (the preview rarely needs them) by whichever core asks first. */
    private final List<Once<Report>> reports;
    /** The reports' pages and files, listed on first need. */
    private Reported reported;

    private record Reported(Map<String, SiteRenderer.Page> pages, Map<String, Supplier<byte[]>> data) {
    }

    /** A value made once, by the first thread that asks; others asking meanwhile wait for it. */
    private static final class Once<T> {
        private final Supplier<T> make;
        private T value;

        Once(Supplier<T> make) {
            this.make = make;
        }

        synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }
    }

    public SitePlan(SiteIndex index, Theme theme, Map<String, Path> contentAssets, String baseUrl) {
        this(index, theme, contentAssets, baseUrl, PageMemory.NONE);
    }

    /** @param memory where pages come from: rendered now, or kept from the last site (see {@link PageMemory}) */
    public SitePlan(SiteIndex index, Theme theme, Map<String, Path> contentAssets, String baseUrl, PageMemory memory) {
        this(index, theme, contentAssets, baseUrl, memory, null);
    }

    /** @param since changes since a past version, listed on each unit page; null for none */
    public SitePlan(SiteIndex index, Theme theme, Map<String, Path> contentAssets, String baseUrl, PageMemory memory,
                    ChangeReport since) {
        this.memory = memory;
        this.index = index;
        this.baseUrl = baseUrl;
        this.renderer = new SiteRenderer(theme, index, baseUrl, since);
        this.reports = Reports.MAKERS.stream().map(m -> new Once<>(() -> m.apply(index))).toList();
        for (SiteRenderer.Page p : renderer.pages()) {
            pages.put(p.path(), p);
        }
        data.put("units.json", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            unitsJson(out);
            return out.toByteArray();
        });
        data.put("search/index.js", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            searchIndex(out);
            return out.toByteArray();
        });
        for (int file = 0; file < SearchParts.files(index.units().size()); file++) {
            int f = file;
            data.put(SearchParts.path(f), () -> searchParts(f));
        }
        data.put("sitemap.xml", () -> {
            List<String> all = new ArrayList<>(pages.keySet());
            all.addAll(reported().pages().keySet());
            return Sitemap.of(all, this.baseUrl);
        });
        this.themeAssets = theme.assets();
        this.contentAssets = contentAssets;
    }

    private synchronized Reported reported() {
        if (reported == null) {
            List<Report> all = allReports();
            Map<String, SiteRenderer.Page> reportPages = new LinkedHashMap<>();
            renderer.reportPages(all).forEach(p -> reportPages.put(p.path(), p));
            Map<String, Supplier<byte[]>> reportData = new LinkedHashMap<>();
            for (Report r : all) {
                reportData.putAll(dataOf(r));
            }
            reported = new Reported(reportPages, reportData);
        }
        return reported;
    }

    private List<Report> allReports() {
        return reports.stream().map(Once::get).toList();
    }

    /** A report's JSON and CSV twins, by path. */
    private static Map<String, Supplier<byte[]>> dataOf(Report r) {
        Map<String, Supplier<byte[]>> data = new LinkedHashMap<>();
        data.put(r.jsonUrl(), () -> ReportFiles.json(r));
        r.tables().forEach(t -> data.put(r.csvUrl(t), () -> ReportFiles.csv(t)));
        return data;
    }

    /** units.json, each unit's record kept by the memory while it holds (see {@link PageMemory#unitPiece}). */
    private void unitsJson(OutputStream out) {
        UnitsJson.write(index, u -> memory.unitPiece("units.json", u, index, UnitsJson::unit), out);
    }

    /** The search index, each unit's record kept by the memory while it holds. */
    private void searchIndex(OutputStream out) {
        SearchIndex.write(index, u -> memory.unitPiece("search/index.js", u, index, SearchIndex::fields), out);
    }

    /** One file of the search results' text, each unit's parts kept by the memory while it holds. */
    private byte[] searchParts(int file) {
        return SearchParts.of(file, index, u -> memory.unitPiece("search/parts", u, index, SearchParts::parts));
    }

    public SiteIndex index() {
        return index;
    }

    /** Whether the site has a page (not a report's) at {@code path}; the reports are not made to tell. */
    public boolean isPage(String path) {
        return pages.containsKey(path);
    }

    /** Every path of the site, pages first. */
    public Set<String> paths() {
        Set<String> all = new java.util.LinkedHashSet<>(pages.keySet());
        all.addAll(reported().pages().keySet());
        all.addAll(data.keySet());
        all.addAll(reported().data().keySet());
        all.addAll(themeAssets.keySet());
        all.addAll(contentAssets.keySet());
        return all;
    }

    /** The bytes of one file, or null when the site has no such path. */
    public byte[] render(String path) {
        SiteRenderer.Page page = pages.get(path);
        if (page == null && path.startsWith("reports/")) {
            page = reported().pages().get(path);
        }
        if (page != null) {
            return memory.bytes(page, renderer);
        }
        Supplier<byte[]> d = data.get(path);
        if (d == null && path.startsWith("reports/")) {
            d = reported().data().get(path);
        }
        if (d != null) {
            return d.get();
        }
        byte[] theme = themeAssets.get(path);
        if (theme != null) {
            return theme;
        }
        Path asset = contentAssets.get(path);
        if (asset == null) {
            return null;
        }
        try {
            return Files.readAllBytes(asset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes every file into the sink: units.json, the search index and the pages in parallel, each
     * on whichever core is free, then the report data, the sitemap and the assets.
     */
    public void writeAll(PageSink sink) {
        List<Runnable> work = new ArrayList<>();
        // The heaviest first: the two files made of every unit's record, then (backwards: the plan
        // lists unit pages first) reports and lists, which show many units each. Started last,
        // they would leave one core working alone.
        work.add(() -> unitsJson(sink.open("units.json")));
        work.add(() -> searchIndex(sink.open("search/index.js")));
        // Each report is made, rendered and written with its data by a task of its own, so the
        // reports do not end the build on one core. Their index, which lists them all, follows.
        for (Once<Report> report : reports) {
            work.add(() -> {
                Report r = report.get();
                SiteRenderer.Page p = renderer.reportPage(r);
                sink.write(p.path(), memory.bytes(p, renderer));
                dataOf(r).forEach((path, bytes) -> sink.write(path, bytes.get()));
            });
        }
        work.add(() -> {
            SiteRenderer.Page p = renderer.reportsIndexPage(allReports());
            sink.write(p.path(), memory.bytes(p, renderer));
        });
        List<SiteRenderer.Page> all = new ArrayList<>(pages.values());
        Collections.reverse(all);
        for (int file = 0; file < SearchParts.files(index.units().size()); file++) {
            int f = file;
            work.add(() -> sink.write(SearchParts.path(f), searchParts(f)));
        }
        all.forEach(p -> work.add(() -> sink.write(p.path(), memory.bytes(p, renderer))));
        // A failing page stops the others from starting, and every running one finishes before
        // the failure is passed on, so none writes into a staging folder that is being removed.
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        OneAtATime.each(work, task -> {
            if (failure.get() == null) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        data.forEach((path, bytes) -> {
            if (!path.equals("units.json") && !path.equals("search/index.js") && !path.startsWith("search/parts/")) {
                sink.write(path, bytes.get());
            }
        });
        themeAssets.forEach(sink::write);
        contentAssets.forEach(sink::copy);
    }
}
