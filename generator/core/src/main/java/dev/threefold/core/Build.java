package dev.threefold.core;

import dev.threefold.core.check.Checked;
import dev.threefold.core.check.ContentCheck;
import dev.threefold.core.concurrent.Background;
import dev.threefold.core.diff.ChangeReport;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.load.GitContent;
import dev.threefold.core.render.PageMemory;
import dev.threefold.core.render.PageSink;
import dev.threefold.core.render.SitePlan;
import dev.threefold.core.render.page.Theme;
import dev.threefold.core.write.Failures;
import dev.threefold.core.write.OutputFolder;
import dev.threefold.core.write.OutputLock;
import dev.threefold.core.write.SiteWriter;
import dev.threefold.core.write.StagingWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The façade: a {@link BuildRequest} in, a {@link BuildResult} out.
 * load → bind → check ({@link ContentCheck}) → index → render → write; nothing
 * is written unless every earlier stage found no error, and the output folder
 * is replaced only when the whole site was staged.
 *
 * <p>A one-shot Build keeps nothing. The live site of the preview and of a
 * watched build (package {@code live}) gives it a check that remembers the
 * units it bound and a {@link PageMemory} of the pages it rendered.
 */
public final class Build {

    private final ContentCheck checker;
    private final PageMemory pages;
    private final Function<Path, SiteWriter> writers;

    public Build() {
        this(ContentCheck.once(), PageMemory.NONE, StagingWriter::new);
    }

    /**
     * @param checker loads, binds and checks; one that remembers binds again only what changed
     * @param pages   where pages come from: rendered now, or kept from the last build when unchanged
     * @param writers the writer of each build into an output folder: one that stages the whole site, or a
     *                watch's, which stages only what changed ({@link dev.threefold.core.write.WatchedOutput})
     */
    public Build(ContentCheck checker, PageMemory pages, Function<Path, SiteWriter> writers) {
        this.checker = checker;
        this.pages = pages;
        this.writers = writers;
    }

    /**
     * What became of a build, for an adapter (the command line, a Mojo, the watch) to print: its
     * result, or the one line saying why it could not run (a theme's template failed, a file could
     * not be written), or why the request itself was wrong ({@code misuse}: an output folder that
     * cannot be used). The failures a build can meet are caught here, once.
     */
    public record Outcome(BuildResult result, String failure, boolean misuse) {
        public boolean succeeded() {
            return result != null && result.succeeded();
        }
    }

    /** Loads, binds and checks; writes nothing. */
    public BuildResult validate(BuildRequest request) {
        Map<String, Duration> timings = new LinkedHashMap<>();
        Checked c = check(request, timings);
        return new BuildResult(c.diagnostics(), c.units().size(), 0, timings);
    }

    /** As {@link #build(BuildRequest, Consumer)}, with every failure caught and told as an {@link Outcome}. */
    public Outcome attempt(BuildRequest request, Consumer<String> waiting) {
        return attempt(() -> build(request, waiting));
    }

    /** As {@link #validate}, with every failure caught and told as an {@link Outcome}. */
    public Outcome attemptValidate(BuildRequest request) {
        return attempt(() -> validate(request));
    }

    private static Outcome attempt(java.util.function.Supplier<BuildResult> run) {
        try {
            return new Outcome(run.get(), null, false);
        } catch (OutputFolder.Unusable | GitContent.Problem e) {
            return new Outcome(null, e.getMessage(), true);
        } catch (Theme.ThemeException | UncheckedIOException | IllegalStateException e) {
            return new Outcome(null, e.getMessage(), false);
        }
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
        // The theme, and the git history that dates unit pages, are read on threads of their own while the
        // content is read and bound.
        Background<Theme> theme = Background.start("threefold-theme", () -> Theme.prepared(request.theme()));
        Background<Map<String, Instant>> history = Background.start("threefold-history", () -> GitContent.lastChangedIn(request.content()));
        Checked c = check(request, timings);
        if (!c.ok()) { // a failed build writes nothing
            return new BuildResult(c.diagnostics(), c.units().size(), 0, timings);
        }
        ChangeReport since = null;
        if (request.since() != null) {
            long t = System.nanoTime();
            since = Diff.since(request.content(), request.since(), c);
            timings.put("since", Duration.ofNanos(System.nanoTime() - t));
        }
        // From here on the build writes: one build at a time per output folder.
        try (OutputLock lock = lock(request.output(), waiting);
             SiteWriter writer = writers.apply(request.output())) {
            long t = System.nanoTime();
            plan(c, theme.get(), request.baseUrl(), pages, since, history.get()).writeAll(writer);
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

    /** Loads, binds and checks the content of a request. */
    public Checked check(BuildRequest request, Map<String, Duration> timings) {
        return checker.check(request.content(), request.theme(), request.strict(), timings);
    }

    /** Renders a checked site into any sink (the staging folder, or memory in tests). */
    public static void render(Checked c, Theme theme, String baseUrl, PageSink sink) {
        plan(c, theme, baseUrl).writeAll(sink);
    }

    /** The site of checked content as a plan: every path, each file produced on demand. */
    public static SitePlan plan(Checked c, Theme theme, String baseUrl) {
        return plan(c, theme, baseUrl, PageMemory.NONE);
    }

    /** As {@link #plan(Checked, Theme, String)}, with pages from {@code pages} (see {@link PageMemory}). */
    public static SitePlan plan(Checked c, Theme theme, String baseUrl, PageMemory pages) {
        return plan(c, theme, baseUrl, pages, null);
    }

    /** As {@link #plan(Checked, Theme, String, PageMemory)}; each unit page lists its changes in {@code since}, when given. */
    public static SitePlan plan(Checked c, Theme theme, String baseUrl, PageMemory pages, ChangeReport since) {
        // Unit pages say when their file last changed in git: read from the history on each plan, so a
        // commit made while the preview runs shows on the next save.
        return plan(c, theme, baseUrl, pages, since, GitContent.lastChangedIn(c.tree().root()));
    }

    private static SitePlan plan(Checked c, Theme theme, String baseUrl, PageMemory pages, ChangeReport since,
                                 Map<String, Instant> lastChanged) {
        SiteIndex index = new SiteIndex(c.curriculum(), c.frameworks(), c.units(), lastChanged);
        return new SitePlan(index, theme, c.tree().assets(), baseUrl, pages, since);
    }
}
