package dev.threefold.core.check;

import dev.threefold.core.bind.CurriculumBinder;
import dev.threefold.core.bind.FrameworkBinder;
import dev.threefold.core.bind.UnitBinder;
import dev.threefold.core.concurrent.OneAtATime;
import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.diag.Position;
import dev.threefold.core.load.CheckedAssets;
import dev.threefold.core.load.ContentReader;
import dev.threefold.core.load.ContentTree;
import dev.threefold.core.load.Node;
import dev.threefold.core.load.ShownPath;
import dev.threefold.core.load.SourceFile;
import dev.threefold.core.load.YamlReader;
import dev.threefold.core.markdown.MarkdownRenderer;
import dev.threefold.core.model.Curriculum;
import dev.threefold.core.model.Framework;
import dev.threefold.core.model.Unit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * load → bind → check over a content folder: every problem found, with the bound curriculum,
 * frameworks and units. One made with {@link #remembering()} keeps the units it bound, and the
 * SVG assets it found safe, in memory between checks (the preview, a watched build), so a save
 * binds again only the files changed since; files are read as a one-shot check reads them: one
 * changed within the last two seconds always ({@link dev.threefold.core.load.FileStamp}), and no
 * file's text is kept.
 */
public final class ContentCheck {

    private final YamlReader yaml;
    private final MarkdownRenderer markdown;
    private final ContentReader reader = new ContentReader();
    /** Units bound by earlier checks, by file, or null for a one-shot check (which would only pay the memory). */
    private final Map<String, Bound> bound;
    /**
     * Whether a file is known by its text rather than its stamp, wherever its folder is: two
     * versions of the content (the diff) then bind a file once when its text is the same in both.
     */
    private final boolean byText;
    /** SVG assets found safe by earlier checks. */
    private final CheckedAssets checkedAssets = new CheckedAssets();

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

    private ContentCheck(Map<String, Bound> bound, YamlReader yaml, MarkdownRenderer markdown) {
        this(bound, yaml, markdown, false);
    }

    private ContentCheck(Map<String, Bound> bound, YamlReader yaml, MarkdownRenderer markdown, boolean byText) {
        this.byText = byText;
        this.bound = bound;
        this.yaml = yaml;
        this.markdown = markdown;
    }

    /** A check that keeps nothing. */
    public static ContentCheck once() {
        return new ContentCheck(null, new YamlReader(), new MarkdownRenderer());
    }

    /** A check that keeps what it bound for the next check of the same content. */
    public static ContentCheck remembering() {
        return new ContentCheck(new ConcurrentHashMap<>(), new YamlReader(), new MarkdownRenderer());
    }

    /**
     * A check for several versions of one content (the diff), one after the other, each named with
     * the same prefix (see {@link #checkShownAs}): a unit file whose text, and
     * whose curriculum.yaml and asset list, are those of a version checked before is not bound again,
     * so its unit and problems are those of the other version, the same objects.
     */
    public static ContentCheck sharing() {
        return new ContentCheck(new ConcurrentHashMap<>(), new YamlReader(), new MarkdownRenderer(), true);
    }

    /** A one-shot check on the reference paths only: Jackson for all YAML, flexmark for all markdown. */
    public static ContentCheck reference() {
        return new ContentCheck(null, new YamlReader(false), new MarkdownRenderer(false));
    }

    /**
     * Loads, binds and checks the content.
     *
     * @param theme the theme folder, or null; only checked to exist
     * @param strict warnings count as errors
     */
    public Checked check(Path content, Path theme, boolean strict, Map<String, Duration> timings) {
        return check(content, theme, strict, timings, ShownPath.prefix(content));
    }

    /** As {@link #check(Path, Path, boolean, Map)}, not strictly, messages naming files as {@code shownAs} + path in the folder. */
    public Checked checkShownAs(Path content, String shownAs, boolean strict, Map<String, Duration> timings) {
        return check(content, null, strict, timings, shownAs);
    }

    private Checked check(Path content, Path theme, boolean strict, Map<String, Duration> timings, String shownAs) {
        Diagnostics d = new Diagnostics();
        long t = System.nanoTime();
        if (!Files.isDirectory(content)) {
            d.error("missing-content", Position.ofFile(content.toString()), "",
                    "content folder does not exist", "point threefold.content / --content at the folder holding curriculum.yaml");
            return new Checked(null, List.of(), List.of(), null, d.sorted());
        }
        if (theme != null && !Files.isDirectory(theme)) {
            d.error("missing-theme", Position.ofFile(theme.toString()), "",
                    "theme folder does not exist", "point threefold.theme / --theme at a folder holding templates/ or assets/, or leave it out");
        }
        ContentTree tree = reader.read(content, shownAs, d, checkedAssets);
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
        Context context = new Context(byText ? null : content.toAbsolutePath(), shownAs,
                tree.curriculum() == null ? "" : tree.curriculum().text(), Set.copyOf(assets));
        // One at a time, not a parallel stream: its four runs of 2,500 units left the last on one core.
        List<Bound> results = OneAtATime.map(tree.units(), file -> {
            Bound before = bound == null ? null : bound.get(file.path());
            if (!byText && before != null && before.context().equals(context) && !file.stamp().isEmpty() && file.stamp().equals(before.stamp())) {
                return before; // not changed on disk since it was bound: not even read
            }
            Diagnostics local = new Diagnostics();
            SourceFile f = reader.readUnit(file, local);
            if (f == null) {
                return new Bound(context, "", null, local.sorted()); // unreadable: reported, never kept
            }
            String stamp = byText ? TextStamp.of(f.text()) : file.stamp();
            if (byText && before != null && before.context().equals(context) && stamp.equals(before.stamp())) {
                return before; // the same text as in a version checked before
            }
            Unit u = yaml.read(f, local).map(root -> binder.bind(root, f.path(), cur, assets, local)).orElse(null);
            if (u != null) {
                // Minutes of activities that failed to bind are unknown, so balance is judged only on clean units.
                PedagogyChecks.check(u, cur, !local.hasErrors(), local);
                AlignmentChecks.check(u, local);
            }
            Bound result = new Bound(context, stamp, u, local.sorted());
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
        if (strict) {
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
