package dev.threefold.core;

import dev.threefold.core.concurrent.Background;
import dev.threefold.core.concurrent.OneAtATime;
import dev.threefold.core.bind.CurriculumBinder;
import dev.threefold.core.bind.FrameworkBinder;
import dev.threefold.core.bind.UnitBinder;
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
import dev.threefold.core.write.Failures;
import dev.threefold.core.write.OutputFolder;
import dev.threefold.core.write.OutputLock;
import dev.threefold.core.render.PageSink;
import dev.threefold.core.write.StagingWriter;
import dev.threefold.core.markdown.MarkdownRenderer;
import dev.threefold.core.render.SitePlan;
import dev.threefold.core.render.page.Theme;
import dev.threefold.core.check.CrossReferences;
import dev.threefold.core.check.PedagogyChecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
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

    private final YamlReader yaml = new YamlReader();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final ContentReader reader = new ContentReader();
    /**
     * Units bound by earlier builds, by file, or null for a one-shot build (which would only pay
     * the memory). With it a unit file is bound again only when it, curriculum.yaml or the asset
     * list changed, so the preview server and a watched build rebind just the edited files.
     */
    private final Map<String, Bound> bound;
    /** SVG assets found safe by earlier builds; empty for a one-shot build. */
    private final CheckedAssets checkedAssets;

    /** A unit file as last bound: what it depended on, the unit (null when it failed) and its diagnostics. */
    private record Bound(Context context, String stamp, Unit unit, List<Diagnostic> diagnostics) {
    }

    /**
     * What binding a unit depends on besides its own text: where the content is (positions name
     * files under it, as they open from the working directory), curriculum.yaml (defaults,
     * allowed values) and the asset list (links).
     */
    private record Context(Path content, String shownAs, String curriculum, Set<String> assets) {
    }

    public Build() {
        this(null, new CheckedAssets());
    }

    private Build(Map<String, Bound> bound, CheckedAssets checkedAssets) {
        this.bound = bound;
        this.checkedAssets = checkedAssets;
    }

    /**
     * A Build for repeated builds of the same content (the preview, a watched build): it keeps the
     * units it bound, and the SVG assets it found safe, in memory between builds, so only changed
     * files are bound again. Files are read as a one-shot build reads them: one changed within the
     * last two seconds always ({@link dev.threefold.core.load.FileStamp}), and no file's text is kept.
     */
    public static Build incremental() {
        return new Build(new ConcurrentHashMap<>(), new CheckedAssets());
    }

    /** The checked content of a folder: what validate reports and build renders. */
    public record Checked(Curriculum curriculum, List<Framework> frameworks, List<Unit> units,
                          ContentTree tree, List<Diagnostic> diagnostics) {
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
        Map<String, Duration> timings = new LinkedHashMap<>();
        // The theme is read on a thread of its own while the content is read and bound.
        Background<Theme> theme = Background.start("threefold-theme", () -> Theme.prepared(request.theme()));
        Checked c = check(request, timings);
        if (!c.ok()) { // a failed build writes nothing
            return new BuildResult(c.diagnostics(), c.units().size(), 0, timings);
        }
        // From here on the build writes: one build at a time per output folder.
        try (OutputLock lock = lock(request.output(), waiting);
             StagingWriter writer = new StagingWriter(request.output())) {
            long t = System.nanoTime();
            plan(c, theme.get(), request.baseUrl()).writeAll(writer);
            timings.put("render", Duration.ofNanos(System.nanoTime() - t));
            t = System.nanoTime();
            writer.commit();
            timings.put("swap", Duration.ofNanos(System.nanoTime() - t));
            return new BuildResult(c.diagnostics(), c.units().size(), writer.written(), timings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock beside " + request.output() + ": " + Failures.reason(e), e);
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

    /** Renders a checked site into any sink (the staging folder, or memory in tests). */
    public static void render(Checked c, Theme theme, String baseUrl, PageSink sink) {
        plan(c, theme, baseUrl).writeAll(sink);
    }

    /** The site of checked content as a plan: every path, each file produced on demand. */
    public static SitePlan plan(Checked c, Theme theme, String baseUrl) {
        return new SitePlan(new SiteIndex(c.curriculum(), c.frameworks(), c.units()), theme, c.tree().assets(), baseUrl);
    }

    /** Loads, binds and checks the content; an incremental Build binds again only what changed. */
    public Checked check(BuildRequest request, Map<String, Duration> timings) {
        Diagnostics d = new Diagnostics();
        long t = System.nanoTime();
        if (!Files.isDirectory(request.content())) {
            d.error("missing-content", Position.ofFile(request.content().toString()), "",
                    "content folder does not exist", "point threefold.content / --content at the folder holding curriculum.yaml");
            return new Checked(null, List.of(), List.of(), null, d.sorted());
        }
        if (request.theme() != null && !Files.isDirectory(request.theme())) {
            d.error("missing-theme", Position.ofFile(request.theme().toString()), "",
                    "theme folder does not exist", "point threefold.theme / --theme at a folder holding templates/ or assets/, or leave it out");
        }
        ContentTree tree = reader.read(request.content(), d, checkedAssets);
        timings.put("load", Duration.ofNanos(System.nanoTime() - t));

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
        Context context = new Context(request.content().toAbsolutePath(), ShownPath.prefix(request.content()),
                tree.curriculum() == null ? "" : tree.curriculum().text(), Set.copyOf(assets));
        // One at a time, not a parallel stream: its four runs of 2,500 units left the last on one core.
        List<Bound> results = OneAtATime.map(tree.units(), file -> {
            Bound before = bound == null ? null : bound.get(file.path());
            if (before != null && before.context().equals(context) && !file.stamp().isEmpty() && file.stamp().equals(before.stamp())) {
                return before; // not changed on disk since it was bound: not even read
            }
            Diagnostics local = new Diagnostics();
            SourceFile f = reader.readUnit(file, local);
            if (f == null) {
                return new Bound(context, "", null, local.sorted()); // unreadable: reported, never kept
            }
            Unit u = yaml.read(f, local).map(root -> binder.bind(root, f.path(), cur, assets, local)).orElse(null);
            if (u != null) {
                // Minutes of activities that failed to bind are unknown, so balance is judged only on clean units.
                PedagogyChecks.check(u, cur, !local.hasErrors(), local);
            }
            Bound result = new Bound(context, file.stamp(), u, local.sorted());
            if (bound != null) {
                bound.put(f.path(), result);
            }
            return result;
        });
        if (bound != null) {
            Set<String> present = new HashSet<>();
            tree.units().forEach(f -> present.add(f.path()));
            bound.keySet().retainAll(present);
        }
        List<Unit> units = new ArrayList<>();
        Set<String> unbound = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            Bound b = results.get(i);
            d.addAll(b.diagnostics());
            if (b.unit() != null) {
                units.add(b.unit());
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
        return new Checked(curriculum, List.copyOf(frameworks), List.copyOf(units), tree, all);
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
