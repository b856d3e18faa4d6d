package dev.threefold.core.render;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.output.PageSink;
import dev.threefold.core.report.Report;
import dev.threefold.core.report.ReportFiles;
import dev.threefold.core.report.Reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    public SitePlan(SiteIndex index, Theme theme, Map<String, Path> contentAssets, String baseUrl) {
        this.index = index;
        List<Report> reports = Reports.all(index);
        this.renderer = new SiteRenderer(theme, index, reports);
        for (SiteRenderer.Page p : renderer.pages()) {
            pages.put(p.path(), p);
        }
        List<String> pagePaths = List.copyOf(pages.keySet());
        for (Report r : reports) {
            data.put(r.jsonUrl(), () -> ReportFiles.json(r));
            r.tables().forEach(t -> data.put(r.csvUrl(t), () -> ReportFiles.csv(t)));
        }
        data.put("units.json", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            UnitsJson.write(index, out);
            return out.toByteArray();
        });
        data.put("search/index.js", () -> SearchIndex.of(index));
        data.put("sitemap.xml", () -> Sitemap.of(pagePaths, baseUrl));
        this.themeAssets = theme.assets();
        this.contentAssets = contentAssets;
    }

    public SiteIndex index() {
        return index;
    }

    /** Every path of the site, pages first. */
    public Set<String> paths() {
        Set<String> all = new java.util.LinkedHashSet<>(pages.keySet());
        all.addAll(data.keySet());
        all.addAll(themeAssets.keySet());
        all.addAll(contentAssets.keySet());
        return all;
    }

    /** The bytes of one file, or null when the site has no such path. */
    public byte[] render(String path) {
        SiteRenderer.Page page = pages.get(path);
        if (page != null) {
            return renderer.render(page);
        }
        Supplier<byte[]> d = data.get(path);
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

    /** Writes every file into the sink: pages in parallel, units.json streamed, assets copied. */
    public void writeAll(PageSink sink) {
        new ArrayList<>(pages.values()).parallelStream().forEach(p -> sink.write(p.path(), renderer.render(p)));
        data.forEach((path, bytes) -> {
            if (path.equals("units.json")) {
                UnitsJson.write(index, sink.open(path));
            } else {
                sink.write(path, bytes.get());
            }
        });
        themeAssets.forEach(sink::write);
        contentAssets.forEach(sink::copy);
    }
}
