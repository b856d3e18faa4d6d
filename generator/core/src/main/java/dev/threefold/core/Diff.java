package dev.threefold.core;

import dev.threefold.core.check.Checked;
import dev.threefold.core.check.ContentCheck;
import dev.threefold.core.diff.ChangeReport;
import dev.threefold.core.diff.CurriculumDiff;
import dev.threefold.core.diff.Side;
import dev.threefold.core.load.GitContent;
import dev.threefold.core.load.RevisionFolder;
import dev.threefold.core.load.ShownPath;

import dev.threefold.core.render.page.ChangesPage;
import dev.threefold.core.render.page.Theme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The façade of {@code threefold diff}: two versions of a content folder, each a folder or a git
 * revision of the repository the content lives in, checked (not strictly, so warnings stay
 * warnings) and compared. The two are checked one after the other by one {@link
 * ContentCheck#sharing()} check, files named alike in both, so a unit file with the same text in
 * both is bound once: a one-unit change binds one unit more than a validate.
 */
public final class Diff {

    private Diff() {
    }

    /** One version: a folder, or a revision of the repository that holds {@link Request#content()}. */
    public sealed interface Version permits Folder, Revision {
    }

    /** @param label how the report names it, e.g. {@code working tree} */
    public record Folder(Path path, String label) implements Version {
    }

    public record Revision(String name) implements Version {
    }

    /** @param content the content folder: the working tree's, whose repository revisions are read from */
    public record Request(Path content, Version base, Version head) {
    }

    /**
     * @throws GitContent.Problem when a revision is asked for and the content is not in git, or the revision does not exist
     */
    public static ChangeReport compare(Request request) {
        GitContent git = request.base() instanceof Revision || request.head() instanceof Revision
                ? GitContent.open(request.content()) : null;
        try {
            if (git != null) { // a missing revision is told before any checking starts
                check(git, request.base());
                check(git, request.head());
            }
            ContentCheck check = ContentCheck.sharing();
            Side base = side(check, git, request.base());
            Side head = side(check, git, request.head());
            return CurriculumDiff.compare(base, head);
        } finally {
            if (git != null) {
                git.close();
            }
        }
    }

    /**
     * What changed between a past version and checked content: {@code since} is a date (the last
     * commit before it) or a revision of the repository holding {@code content}; the report names
     * it as written, with its commit.
     *
     * @throws GitContent.Problem when the content is not in git or {@code since} names no commit
     */
    public static ChangeReport since(Path content, String since, Checked head) {
        try (GitContent git = GitContent.open(content)) {
            String revision = git.since(since);
            String label = since + " (" + git.shortId(revision) + ")";
            Side base = side(ContentCheck.once(), git, new Revision(revision));
            base = new Side(label, base.checked(), base.diagnostics(), base.shownAs(), base.missing());
            return CurriculumDiff.compare(base, Side.of("this version", head, ShownPath.prefix(content), ShownPath.prefix(content)));
        }
    }

    /**
     * Writes the report as a folder of its own: the HTML page in the theme's look with the theme's
     * assets, {@code changes.json} and {@code changes.md} (short, or complete when {@code full}). A folder holding other files
     * is refused, so nothing but an earlier report is ever overwritten.
     *
     * @param theme a theme folder laid over the default theme, or null
     * @throws IllegalArgumentException when the folder holds files that are not a change report
     */
    public static void write(ChangeReport report, Path theme, Path output, boolean full) throws IOException {
        if (Files.isDirectory(output) && !Files.exists(output.resolve("changes.json"))) {
            try (var entries = Files.list(output)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("The output folder " + output
                            + " holds files that are not a change report; choose an empty or new folder");
                }
            }
        }
        for (Map.Entry<String, byte[]> file : ChangesPage.files(Theme.prepared(theme), report, full).entrySet()) {
            Path target = output.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    private static void check(GitContent git, Version v) {
        if (v instanceof Revision r) {
            git.shortId(r.name());
        }
    }

    private static Side side(ContentCheck check, GitContent git, Version v) {
        if (v instanceof Folder f) {
            if (!Files.isDirectory(f.path())) {
                return Side.missing(f.label(), "the folder " + f.path() + " does not exist");
            }
            return checked(check, f.label(), f.path(), ShownPath.prefix(f.path()));
        }
        Revision r = (Revision) v;
        String label = r.name() + " (" + git.shortId(r.name()) + ")";
        try (RevisionFolder folder = RevisionFolder.of(git, r.name())) {
            if (folder.folder() == null) {
                return Side.missing(label, "the folder `" + (git.path().isEmpty() ? "." : git.path()) + "` is not in " + r.name());
            }
            return checked(check, label, folder.folder(), r.name() + ":" + (git.path().isEmpty() ? "" : git.path() + "/"));
        }
    }

    /** Checks a version naming its files by their path in the folder, as every version is named while checked. */
    private static Side checked(ContentCheck check, String label, Path folder, String shownAs) {
        return Side.of(label, check.checkShownAs(folder, "", false, new HashMap<>()), "", shownAs);
    }
}
