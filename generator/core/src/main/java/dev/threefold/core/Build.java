package dev.threefold.core;

import dev.threefold.core.bind.CurriculumBinder;
import dev.threefold.core.bind.FrameworkBinder;
import dev.threefold.core.bind.UnitBinder;
import dev.threefold.core.cache.BoundUnits;
import dev.threefold.core.cache.KeptFragments;
import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.diag.Position;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.load.CheckedAssets;
import dev.threefold.core.load.ContentReader;
import dev.threefold.core.load.ContentTree;
import dev.threefold.core.load.Node;
import dev.threefold.core.load.ShownPath;
import dev.threefold.core.load.SourceFile;
import dev.threefold.core.load.YamlReader;
import dev.threefold.core.model.Curriculum;
import dev.threefold.core.model.Framework;
import dev.threefold.core.model.Unit;
import dev.threefold.core.output.Failures;
import dev.threefold.core.output.OutputFolder;
import dev.threefold.core.output.OutputLock;
import dev.threefold.core.output.PageSink;
import dev.threefold.core.output.StagingWriter;
import dev.threefold.core.render.MarkdownRenderer;
import dev.threefold.core.render.PageKeys;
import dev.threefold.core.render.SitePlan;
import dev.threefold.core.render.SiteRenderer;
import dev.threefold.core.render.Theme;
import dev.threefold.core.validate.CrossReferences;
import dev.threefold.core.validate.PedagogyChecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The façade: a {@link BuildRequest} in, a {@link BuildResult} out.
 * load → bind → check → index → render → write; nothing is written unless
 * every earlier stage found no error, and the output folder is replaced only
 * when the whole site was staged.
 */
public final class Build {

    /** In the build cache folder: the SVG assets found safe, see {@link CheckedAssets}. */
    private static final String CHECKED_ASSETS = "checked-assets";

    private final YamlReader yaml = new YamlReader();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    /**
     * Units bound by earlier checks, by file, or null for a one-shot build (which would only pay
     * the memory). With it a unit is bound again only when its text, curriculum.yaml or the asset
     * list changed, so the preview server rebinds just the edited files.
     */
    private final Map<String, BoundUnits.Entry> bound;
    private final ContentReader reader = new ContentReader();
    /** SVG assets found safe by earlier checks, or null for a one-shot build (which keeps them in its build cache, if any). */
    private final CheckedAssets checkedAssets;

    public Build() {
        this(null, null);
    }

    private Build(Map<String, BoundUnits.Entry> bound, CheckedAssets checkedAssets) {
        this.bound = bound;
        this.checkedAssets = checkedAssets;
    }

    /**
     * A Build for repeated builds of the same content (the preview, a watched build): it keeps the
     * units it bound, and the SVG assets it found safe, in memory between builds, so only changed
     * texts are bound again. Files are read as a one-shot build reads them: one changed within the
     * last two seconds always ({@link dev.threefold.core.load.FileStamp}), and no file's text is kept.
     */
    public static Build incremental() {
        return new Build(new ConcurrentHashMap<>(), new CheckedAssets());
    }

    /** The checked content of a folder: what validate reports and build renders. */
    /**
     * @param tree       the content read (unit files are listed, their texts were read only to be bound)
     * @param unitHashes unit id → hash of its file and binding context, when the build cache is on; else empty
     * @param unitOutlines unit id → {@link BoundUnits#outlineHash}, when the build cache is on; else empty
     */
    public record Checked(Curriculum curriculum, List<Framework> frameworks, List<Unit> units,
                          ContentTree tree, List<Diagnostic> diagnostics, Map<String, String> unitHashes,
                          Map<String, String> unitOutlines) {
        public boolean ok() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    /** Loads, binds and checks; writes nothing. */
    public BuildResult validate(BuildRequest request) {
        Map<String, Duration> timings = new LinkedHashMap<>();
        Checked c = check(request, timings);
        return new BuildResult(c.diagnostics(), c.units().size(), 0, timings);
    }

    /** Checks, then renders into a staging folder and puts it in place on success (see {@link StagingWriter}). */
    public BuildResult build(BuildRequest request) {
        return build(request, notice -> { });
    }

    /**
     * Checks, then renders into a staging folder and puts it in place on success (see {@link
     * StagingWriter}), one build at a time per output folder ({@link OutputLock}).
     *
     * @param waiting told, with a sentence to show, when the build waits for another build into the same output
     * @throws OutputFolder.Unusable before anything is read or written, when the output cannot be used
     */
    public BuildResult build(BuildRequest request, Consumer<String> waiting) {
        Objects.requireNonNull(request.output(), "output folder is required");
        OutputFolder.check(request.output(), request.content(), request.theme());
        try {
            return buildOnce(request, waiting);
        } catch (RuntimeException e) {
            if (!damagedCache(e)) {
                throw e;
            }
            // Nothing was put in place; a cache changed on disk is dropped, and the build starts afresh without it.
            BoundUnits.delete(BoundUnits.folderFor(request.output()));
            return buildOnce(request, waiting);
        }
    }

    /**
     * Takes the output's lock, first making the folders it lies in; a folder that cannot be
     * written there is a misused output, not a failed build.
     */
    private static OutputLock lock(Path output, Consumer<String> waiting) {
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            return OutputLock.take(output.toAbsolutePath().normalize(), waiting);
        } catch (IOException e) {
            throw new OutputFolder.Unusable("Cannot write beside the output folder " + output + ": " + Failures.reason(e)
                    + "; choose an output folder in a place you can write to");
        }
    }

    /** Whether {@code e} comes of a damaged cache, met directly or by a template reading a unit's prose. */
    private static boolean damagedCache(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BoundUnits.Damaged) {
                return true;
            }
        }
        return false;
    }

    private BuildResult buildOnce(BuildRequest request, Consumer<String> waiting) {
        Map<String, Duration> timings = new LinkedHashMap<>();
        // The build cache beside the site keeps spare copies of streamed files and kept pieces of pages
        // for every build; one-shot builds keep their bound units there too (the next build binds only
        // changed files), while an incremental Build (a watched build) keeps them in memory, where it
        // neither reads 10,000 units back nor promotes them through the collector on each rebuild.
        // Without the cache (request.cache() false) a cache left by earlier builds is neither read nor
        // written: all it holds is keyed on its inputs, so it stays right for a later build that uses it.
        Path cacheFolder = request.cache() && OutputFolder.isReplaceable(request.output())
                ? BoundUnits.folderFor(request.output()) : null;
        Path unitsFolder = bound == null ? cacheFolder : null;
        // The cache and the theme are read on threads of their own while the content folder is listed
        // (mostly the kernel's work on one core): at 10,000 units a rebuild waited 0.2 s for the cache
        // and 0.1 s for the theme before.
        Background<Map<String, BoundUnits.Entry>> cacheRead = unitsFolder == null ? null
                : Background.start("threefold-cache-reader", () -> BoundUnits.read(unitsFolder));
        Background<Theme> theme = Background.start("threefold-theme", () -> Theme.prepared(request.theme()));
        Background<KeptFragments> kept = cacheFolder == null ? null
                : Background.start("threefold-fragments-reader", () -> KeptFragments.read(cacheFolder));
        CachedUnits cached = new CachedUnits(cacheRead, timings);
        Path checkedFile = unitsFolder == null ? null : unitsFolder.resolve(CHECKED_ASSETS);
        CheckedAssets checked = checkedFile != null ? CheckedAssets.read(checkedFile, BoundUnits.codeVersion()) : rememberedAssets();
        Checked c = check(request, timings, cached::get, checked);
        if (!c.ok()) { // a failed build writes nothing, the cache included
            if (kept != null) {
                kept.get().close();
            }
            return new BuildResult(c.diagnostics(), c.units().size(), 0, timings);
        }
        // From here on the build writes (its cache, the site): one build at a time per output.
        try (OutputLock lock = lock(request.output(), waiting)) {
            if (checkedFile != null) {
                try {
                    checked.writeIfChanged(checkedFile, BoundUnits.codeVersion());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + checkedFile, e);
                }
            }
            // The cache is written on a thread of its own while the site renders (at 10,000 units 0.5 s
            // on both cores), filling the moments when rendering keeps only one core busy.
            Runnable write = cacheRead == null ? null : BoundUnits.writeLater(unitsFolder, cacheRead.get(), cached.get());
            Background<Void> cacheWrite = write == null ? null : Background.start("threefold-cache-writer", () -> {
                write.run();
                return null;
            });
            BuildResult result;
            try {
                result = renderAndSwap(request, c, theme, kept, cacheFolder, timings);
            } finally {
                if (kept != null) {
                    kept.get().close();
                }
                if (cacheWrite != null) { // the cache must be whole before the build returns, whether or not it failed
                    long t = System.nanoTime();
                    cacheWrite.await();
                    timings.put("cache write", Duration.ofNanos(System.nanoTime() - t));
                }
            }
            if (cacheWrite != null) {
                cacheWrite.get(); // a failed write is reported once the site is in place
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock beside " + request.output() + ": " + Failures.reason(e), e);
        }
    }

    /**
     * The units this build may reuse, which it updates as it binds: a copy of the cache as read,
     * or the units remembered by an incremental Build. Waits for the cache read on first use.
     */
    private final class CachedUnits {
        private final Background<Map<String, BoundUnits.Entry>> read;
        private final Map<String, Duration> timings;
        private Map<String, BoundUnits.Entry> units;

        CachedUnits(Background<Map<String, BoundUnits.Entry>> read, Map<String, Duration> timings) {
            this.read = read;
            this.timings = timings;
        }

        Map<String, BoundUnits.Entry> get() {
            if (units == null) {
                long t = System.nanoTime();
                units = read == null ? bound : new ConcurrentHashMap<>(read.get());
                timings.put("cache", Duration.ofNanos(System.nanoTime() - t));
            }
            return units;
        }
    }

    /**
     * @param kept       pieces of pages kept by the last build, being read; null without a build cache
     * @param cacheFolder the build cache folder, where they are kept; null without one
     */
    private BuildResult renderAndSwap(BuildRequest request, Checked c, Background<Theme> prepared,
                                      Background<KeptFragments> kept, Path cacheFolder, Map<String, Duration> timings) {
        long t;
        List<Diagnostic> diagnostics = new ArrayList<>(c.diagnostics());
        t = System.nanoTime();
        Theme theme = prepared.get();
        int written;
        try (StagingWriter writer = new StagingWriter(request.output(), cacheFolder)) {
            SiteIndex index = index(c);
            // The default templates show no unit prose site-wide, nor another unit's on a unit's page
            // (tests hold them to it); a theme's own templates may, so with them those pages are keyed
            // on the units' whole texts.
            Map<String, String> siteWideView = theme.overridesTemplates() ? c.unitHashes() : c.unitOutlines();
            PageKeys keys = c.unitHashes().isEmpty() ? null
                    : new PageKeys(siteInputs(c, theme, request.baseUrl()), c.unitHashes(), siteWideView, index);
            KeptFragments pieces = keys == null || kept == null ? KeptFragments.none() : kept.get();
            new SitePlan(index, theme, c.tree().assets(), request.baseUrl(), keys, pieces).writeAll(writer);
            timings.put("render", Duration.ofNanos(System.nanoTime() - t));
            // Kept pieces are written while the site is put in place; a failure is reported once it is.
            Background<Void> keep = keys == null || kept == null ? null : Background.start("threefold-fragments-writer", () -> {
                pieces.write(cacheFolder, keys.all(SiteRenderer.ONCE));
                return null;
            });
            t = System.nanoTime();
            writer.commit();
            written = writer.written();
            timings.put("swap", Duration.ofNanos(System.nanoTime() - t));
            if (keep != null) {
                keep.get();
            }
        }
        return new BuildResult(diagnostics, c.units().size(), written, timings);
    }

    /** Renders a checked site into any sink (the staging folder, or memory in tests). */
    public static void render(Checked c, Theme theme, String baseUrl, PageSink sink) {
        plan(c, theme, baseUrl).writeAll(sink);
    }

    /** The site of checked content as a plan: every path, each file produced on demand. */
    public static SitePlan plan(Checked c, Theme theme, String baseUrl) {
        return new SitePlan(index(c), theme, c.tree().assets(), baseUrl);
    }

    private static SiteIndex index(Checked c) {
        return new SiteIndex(c.curriculum(), c.frameworks(), c.units());
    }

    /** Everything site-wide a unit's page shows, besides the units themselves: see {@link PageKeys}. */
    private static String siteInputs(Checked c, Theme theme, String baseUrl) {
        StringBuilder sb = new StringBuilder(BoundUnits.codeVersion()).append('\u0000').append(theme.fingerprint())
                .append('\u0000').append(baseUrl).append('\u0000').append(c.tree().curriculum().text());
        for (SourceFile f : c.tree().standards()) {
            sb.append('\u0000').append(f.path()).append('\u0000').append(f.text());
        }
        return sb.toString();
    }

    public Checked check(BuildRequest request, Map<String, Duration> timings) {
        return check(request, timings, () -> bound, rememberedAssets());
    }

    /** The SVG assets an incremental Build found safe; none for a one-shot build. */
    private CheckedAssets rememberedAssets() {
        return checkedAssets != null ? checkedAssets : new CheckedAssets();
    }

    /**
     * @param reusable bound units by file, reused when the file's and its context's hashes match and
     *               updated; or null. Asked for once the content folder is listed.
     * @param checked SVG assets found safe before, not checked again while unchanged; updated
     */
    private Checked check(BuildRequest request, Map<String, Duration> timings,
                          java.util.function.Supplier<Map<String, BoundUnits.Entry>> reusable, CheckedAssets checked) {
        Diagnostics d = new Diagnostics();
        long t = System.nanoTime();
        if (!Files.isDirectory(request.content())) {
            d.error("missing-content", Position.ofFile(request.content().toString()), "",
                    "content folder does not exist", "point threefold.content / --content at the folder holding curriculum.yaml");
            return new Checked(null, List.of(), List.of(), null, d.sorted(), Map.of(), Map.of());
        }
        if (request.theme() != null && !Files.isDirectory(request.theme())) {
            d.error("missing-theme", Position.ofFile(request.theme().toString()), "",
                    "theme folder does not exist", "point threefold.theme / --theme at a folder holding templates/ or assets/, or leave it out");
        }
        ContentTree tree = reader.read(request.content(), d, checked);
        timings.put("load", Duration.ofNanos(System.nanoTime() - t));
        Map<String, BoundUnits.Entry> cache = reusable.get();

        t = System.nanoTime();
        Set<String> assets = tree.assets().keySet();
        Curriculum curriculum = null;
        if (tree.curriculum() != null) {
            SourceFile f = tree.curriculum();
            Node root = yaml.read(f, d).orElse(null);
            if (root != null) {
                curriculum = new CurriculumBinder(markdown).bind(root, f.path(), assets, d);
            }
        }
        Curriculum cur = curriculum;
        List<Framework> frameworks = new ArrayList<>();
        for (SourceFile f : tree.standards()) {
            yaml.read(f, d).map(root -> new FrameworkBinder().bind(root, d)).ifPresent(frameworks::add);
        }
        checkFrameworkIds(frameworks, d);
        UnitBinder binder = new UnitBinder(markdown);
        // What a unit's binding depends on besides its own text: where the content is and how it is
        // shown from the working directory (positions name files under it), curriculum.yaml (defaults,
        // allowed values) and the asset list (links).
        String context = BoundUnits.hash(request.content().toAbsolutePath() + "\u0000" + ShownPath.prefix(request.content())
                + "\u0000" + (tree.curriculum() == null ? "" : tree.curriculum().text()) + "\u0000" + assets);
        // One at a time, not a parallel stream: its four runs of 2,500 units left the last on one core.
        List<BoundUnits.Entry> results = OneAtATime.map(tree.units(), file -> {
            BoundUnits.Entry cached = cache == null ? null : cache.get(file.path());
            if (cached != null && cached.contextHash().equals(context)
                    && !file.stamp().isEmpty() && file.stamp().equals(cached.stamp())) {
                return cached; // not changed on disk since it was bound: not even read
            }
            Diagnostics local = new Diagnostics();
            SourceFile f = reader.readUnit(file, local);
            if (f == null) {
                return new BoundUnits.Entry("", context, null, local.sorted(), "", ""); // unreadable: reported, never cached
            }
            String textHash = cache == null ? "" : BoundUnits.hash(f.text());
            if (cached != null && cached.textHash().equals(textHash) && cached.contextHash().equals(context)) {
                BoundUnits.Entry restamped = cached.withStamp(file.stamp());
                cache.put(f.path(), restamped);
                return restamped;
            }
            Unit u = yaml.read(f, local).map(root -> binder.bind(root, f.path(), cur, assets, local)).orElse(null);
            if (u != null) {
                // Minutes of activities that failed to bind are unknown, so balance is judged only on clean units.
                PedagogyChecks.check(u, cur, !local.hasErrors(), local);
            }
            // The outline keys the site-wide pages of a cached build; validate has no use for it.
            String outline = cache == null || u == null ? "" : BoundUnits.outlineHash(u);
            BoundUnits.Entry result = new BoundUnits.Entry(textHash, context, u, local.sorted(), file.stamp(), outline);
            if (cache != null) {
                cache.put(f.path(), result);
            }
            return result;
        });
        if (cache != null) {
            Set<String> present = new java.util.HashSet<>();
            tree.units().forEach(f -> present.add(f.path()));
            cache.keySet().retainAll(present);
        }
        List<Unit> units = new ArrayList<>();
        Map<String, String> unitHashes = new java.util.HashMap<>();
        Map<String, String> unitOutlines = new java.util.HashMap<>();
        Set<String> unbound = new java.util.HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            BoundUnits.Entry p = results.get(i);
            d.addAll(p.diagnostics());
            if (p.unit() != null) {
                units.add(p.unit());
                if (cache != null) {
                    unitHashes.put(p.unit().id(), p.textHash() + p.contextHash());
                    unitOutlines.put(p.unit().id(), p.outlineHash());
                }
            } else {
                unbound.add(UnitBinder.idFromFileName(tree.units().get(i).path()));
            }
        }
        timings.put("bind", Duration.ofNanos(System.nanoTime() - t));

        t = System.nanoTime();
        CrossReferences.check(curriculum, frameworks, units, unbound, d);
        timings.put("check", Duration.ofNanos(System.nanoTime() - t));

        List<Diagnostic> all = d.sorted();
        if (request.strict()) {
            all = all.stream().map(Diagnostic::asError).toList();
        }
        return new Checked(curriculum, List.copyOf(frameworks), List.copyOf(units), tree, all, unitHashes, unitOutlines);
    }

    private static void checkFrameworkIds(List<Framework> frameworks, Diagnostics d) {
        Map<String, Framework> seen = new java.util.HashMap<>();
        for (Framework f : frameworks) {
            Framework first = seen.putIfAbsent(f.id(), f);
            if (first != null) {
                d.error("duplicate-id", f.at(), "framework",
                        "framework id `" + f.id() + "` is also used by " + first.at().file(),
                        "give each framework file its own `framework:` id");
            }
        }
    }
}
