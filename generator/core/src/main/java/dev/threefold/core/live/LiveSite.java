package dev.threefold.core.live;

import dev.threefold.core.check.Checked;
import dev.threefold.core.Build;
import dev.threefold.core.check.ContentCheck;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.render.SitePlan;
import dev.threefold.core.render.page.Theme;
import dev.threefold.core.write.StagingWriter;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site as the preview server sees it: the last good plan, the problems
 * of the latest check, and pages rendered on first request. {@link #refresh()}
 * after a save binds again only changed files ({@link ContentCheck#remembering()})
 * and makes the index again; a page a browser then asks for is rendered again
 * only if something it read changed ({@link LastPages}), with the same
 * renderers a full build uses. An invalid save keeps the last good site and
 * reports its problems.
 */
public final class LiveSite {

    private final BuildRequest request;
    private final LastPages pages = new LastPages();
    private final Build build = new Build(ContentCheck.remembering(), pages, StagingWriter::new); // checks only: it never writes
    /** The current site and the files asked of it so far, swapped together so no stale file outlives its site. */
    private record Current(SitePlan plan, Map<String, byte[]> rendered) {
    }

    private volatile Current current;
    private volatile List<Diagnostic> problems = List.of();
    private volatile long version;
    /** The default theme cannot change while serving, so its compiled templates are kept. */
    private final Theme defaultTheme = new Theme(null);

    public LiveSite(BuildRequest request) {
        this.request = request;
    }

    /** Checks the content again; on success the new site replaces the old. Returns the check's problems. */
    public synchronized List<Diagnostic> refresh() {
        Checked checked = build.check(request, new LinkedHashMap<String, Duration>());
        if (checked.ok()) {
            // a theme folder may have been edited: read it again; the default theme stays as it is
            Theme theme = request.theme() == null ? defaultTheme : new Theme(request.theme());
            SitePlan plan = Build.plan(checked, theme, request.baseUrl(), pages);
            pages.keepOnly(path -> plan.isPage(path) || path.startsWith("reports/")); // reports are made only when asked for
            current = new Current(plan, new ConcurrentHashMap<>());
        }
        problems = checked.diagnostics(); // after the site, so "no problems" never shows the old site
        version++;
        return problems;
    }

    /** The bytes of a site path, or null when there is no such file (or no good site yet). */
    public byte[] file(String path) {
        Current c = current;
        if (c == null) {
            return null;
        }
        byte[] cached = c.rendered().get(path);
        if (cached != null) {
            return cached;
        }
        byte[] bytes = c.plan().render(path);
        if (bytes != null) {
            c.rendered().put(path, bytes);
        }
        return bytes;
    }

    /** Every path of the current site. */
    public java.util.Set<String> paths() {
        Current c = current;
        return c == null ? java.util.Set.of() : c.plan().paths();
    }

    public List<Diagnostic> problems() {
        return problems;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }

    /** Increases with every refresh; the browser reloads when it changes. */
    public long version() {
        return version;
    }
}
