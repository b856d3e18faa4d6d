package dev.threefold.core.render;

import dev.threefold.core.OneAtATime;
import dev.threefold.core.cache.KeptFragments;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.load.FileStamp;
import dev.threefold.core.output.PageSink;
import dev.threefold.core.report.Report;
import dev.threefold.core.report.ReportFiles;
import dev.threefold.core.report.Reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
    private final PageKeys keys;
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
        this(index, theme, contentAssets, baseUrl, null);
    }

    /** @param keys the keys of unit pages' inputs, letting a rebuild keep unchanged pages; or null */
    public SitePlan(SiteIndex index, Theme theme, Map<String, Path> contentAssets, String baseUrl, PageKeys keys) {
        this(index, theme, contentAssets, baseUrl, keys, KeptFragments.none());
    }

    /** @param kept pieces of pages kept by earlier builds, used with keys (see {@link RenderOnce}) */
    public SitePlan(SiteIndex index, Theme theme, Map<String, Path> contentAssets, String baseUrl, PageKeys keys,
                    KeptFragments kept) {
        this.index = index;
        this.baseUrl = baseUrl;
        this.keys = keys;
        this.renderer = new SiteRenderer(theme, index, keys, kept);
        this.reports = Reports.MAKERS.stream().map(m -> new Once<>(() -> m.apply(index))).toList();
        for (SiteRenderer.Page p : renderer.pages()) {
            pages.put(p.path(), p);
        }
        data.put("units.json", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            UnitsJson.write(index, out);
            return out.toByteArray();
        });
        data.put("search/index.js", () -> SearchIndex.of(index));
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

    public SiteIndex index() {
        return index;
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
            return renderer.render(page);
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

    /** A unit's record in {@code path} is reused from the previous build when its key (as its pages') is unchanged. */
    private UnitRecords.Reuse reuse(PageSink sink, String path) {
        if (keys == null) {
            return UnitRecords.NONE;
        }
        return new UnitRecords.Reuse() {
            @Override
            public String key(dev.threefold.core.model.Unit u) {
                return keys.of(u, path);
            }

            @Override
            public long[] previousAt(String key) {
                return sink.previousRecordAt(path, key);
            }

            @Override
            public void copyPrevious(long offset, long length, java.io.OutputStream out) throws IOException {
                sink.copyPrevious(path, offset, length, out);
            }

            @Override
            public void wrote(String key, long offset, int length) {
                sink.record(path, key, offset, length);
            }
        };
    }

    /** Writes a file made from inputs with this key (null: none), or keeps the previous build's when the key is the same. */
    private static void write(PageSink sink, String path, Supplier<byte[]> bytes, String key) {
        if (key == null) {
            sink.write(path, bytes.get());
        } else if (!sink.keep(path, key)) {
            sink.write(path, bytes.get(), key);
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
        work.add(() -> UnitsJson.write(index, sink.open("units.json"), reuse(sink, "units.json")));
        work.add(() -> SearchIndex.write(index, sink.open("search/index.js"), reuse(sink, "search/index.js")));
        // Reports are made only when their key changed. Each report is made, rendered and written with
        // its data by a task of its own: in one task, the five were the last 1.1 s of a 10,000-unit
        // title rebuild, on one core. Their index, which lists them all, follows.
        String siteWide = renderer.siteWide();
        boolean reportsKept = siteWide != null && sink.keepAll("reports/", siteWide);
        if (!reportsKept) {
            for (Once<Report> report : reports) {
                work.add(() -> {
                    Report r = report.get();
                    SiteRenderer.Page p = renderer.reportPage(r);
                    write(sink, p.path(), () -> renderer.render(p), p.key());
                    dataOf(r).forEach((path, bytes) -> write(sink, path, bytes, siteWide));
                });
            }
            work.add(() -> {
                SiteRenderer.Page p = renderer.reportsIndexPage(allReports());
                write(sink, p.path(), () -> renderer.render(p), p.key());
            });
        }
        List<SiteRenderer.Page> all = new ArrayList<>(pages.values());
        Collections.reverse(all);
        all.forEach(p -> work.add(() -> write(sink, p.path(), () -> renderer.render(p), p.key())));
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
            if (path.equals("sitemap.xml")) {
                write(sink, path, bytes, siteWide); // lists every page: site-wide
            } else if (!path.equals("units.json") && !path.equals("search/index.js")) {
                sink.write(path, bytes.get());
            }
        });
        themeAssets.forEach(sink::write);
        contentAssets.forEach((path, source) -> copy(sink, path, source));
    }

    /**
     * Copies a content asset, or, in a build with keys, keeps the previous site's copy while the
     * asset's file has the same size and time ({@link FileStamp}), without reading either. Each
     * asset was compared byte for byte with the site's copy before: with 300 handouts of 1 MB, a
     * no-change rebuild read 774 MB instead of 202 MB (1.5-1.8 s instead of 1.05 s from a cold
     * page cache).
     */
    private void copy(PageSink sink, String path, Path source) {
        String key = null;
        if (keys != null) {
            try {
                String stamp = FileStamp.of(Files.readAttributes(source, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS),
                        System.currentTimeMillis());
                key = stamp.isEmpty() ? null : "asset-".concat(stamp); // no space: the key list is "key path" per line
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source, e);
            }
        }
        if (key == null) {
            sink.copy(path, source);
        } else if (!sink.keep(path, key)) {
            sink.copy(path, source, key);
        }
    }
}
