package dev.threefold.core.diff;

import dev.threefold.core.Build;
import dev.threefold.core.Diff;
import dev.threefold.core.check.ContentCheck;
import dev.threefold.core.render.SitePlan;
import dev.threefold.core.render.page.Theme;
import dev.threefold.core.load.GitContent;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Revisions of the repository the content lives in, read from git's objects without a checkout. */
class GitRevisionsTest {

    @TempDir
    Path repo;

    private Path content;

    private Git init() throws Exception {
        TwoVersions v = new TwoVersions(repo);
        content = repo.resolve("content");
        for (var f : v.base.entrySet()) {
            Path p = content.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
        commit(git, "first", Instant.parse("2026-01-05T10:00:00Z"));
        return git;
    }

    private static void commit(Git git, String message, Instant when) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("Teacher", "t@example.org", when, ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private void edit(String file, String text, String with) throws Exception {
        Path p = content.resolve(file);
        Files.writeString(p, Files.readString(p).replace(text, with));
    }

    @Test
    void theWorkingTreeIsComparedWithARevisionAndTwoRevisionsWithEachOther() throws Exception {
        try (Git git = init()) {
            edit("units/fair-shares.yaml", "minutes: 25", "minutes: 20");
            ChangeReport r = Diff.compare(new Diff.Request(content, new Diff.Revision("main"), new Diff.Folder(content, "working tree")));
            assertEquals(List.of("Lesson 1, 'Fold in groups': 25 → 20 minutes"), r.units().get(0).changes().stream().map(Change::text).toList());
            assertTrue(r.base().label().startsWith("main ("), r.base().label());

            commit(git, "shorter", Instant.parse("2026-02-07T10:00:00Z"));
            edit("units/fair-shares.yaml", "minutes: 20", "minutes: 22"); // the working tree is not read when both are revisions
            ChangeReport revs = Diff.compare(new Diff.Request(content, new Diff.Revision("HEAD~1"), new Diff.Revision("HEAD")));
            assertEquals(List.of("Lesson 1, 'Fold in groups': 25 → 20 minutes"), revs.units().get(0).changes().stream().map(Change::text).toList());
        }
    }

    @Test
    void aRevisionThatDoesNotExistIsNamed() throws Exception {
        try (Git git = init()) {
            GitContent.Problem p = assertThrows(GitContent.Problem.class,
                    () -> Diff.compare(new Diff.Request(content, new Diff.Revision("origin/mian"), new Diff.Folder(content, "working tree"))));
            assertTrue(p.getMessage().startsWith("no revision `origin/mian` in the git repository"), p.getMessage());
        }
    }

    @Test
    void aFolderOutsideGitIsToldToCompareFolders() {
        Path plain = repo.resolve("plain");
        GitContent.Problem p = assertThrows(GitContent.Problem.class,
                () -> Diff.compare(new Diff.Request(plain, new Diff.Revision("main"), new Diff.Folder(plain, "working tree"))));
        assertTrue(p.getMessage().contains("is not in a git repository: compare two folders with --base-folder DIR"), p.getMessage());
    }

    @Test
    void aRevisionWithoutTheContentFolderIsSaid() throws Exception {
        try (Git git = init()) {
            Files.move(content, repo.resolve("curriculum"));
            commit(git, "moved", Instant.parse("2026-03-01T10:00:00Z"));
            ChangeReport r = Diff.compare(new Diff.Request(repo.resolve("curriculum"), new Diff.Revision("HEAD~1"), new Diff.Revision("HEAD")));
            assertEquals(null, r.head().missing());
            ChangeReport back = Diff.compare(new Diff.Request(content, new Diff.Revision("HEAD~1"), new Diff.Revision("HEAD")));
            assertEquals("the folder `content` is not in HEAD", back.head().missing());
            assertEquals(2, back.count("removed"));
        }
    }

    @Test
    void eachFileDatesFromTheLastCommitThatChangedIt() throws Exception {
        try (Git git = init()) {
            edit("units/tenths.yaml", "title: Tenths", "title: Tenths and Hundredths");
            commit(git, "retitled", Instant.parse("2026-04-02T09:30:00Z"));
            try (GitContent g = GitContent.open(content)) {
                Map<String, Instant> dates = g.lastChanged();
                assertEquals(Instant.parse("2026-04-02T09:30:00Z"), dates.get("units/tenths.yaml"));
                assertEquals(Instant.parse("2026-01-05T10:00:00Z"), dates.get("units/fair-shares.yaml"));
            }
        }
    }

    @Test
    void unitPagesSayWhenTheirFileLastChangedInGit() throws Exception {
        try (Git git = init()) {
            edit("units/tenths.yaml", "title: Tenths", "title: Tenths and Hundredths");
            commit(git, "retitled", Instant.parse("2026-04-02T23:30:00Z"));
            Files.writeString(content.resolve("units/new.yaml"), Files.readString(content.resolve("units/tenths.yaml")).replace("id: tenths", "id: fresh"));
            SitePlan plan = Build.plan(ContentCheck.once().check(content, null, false, new HashMap<>()), new Theme(null), "");
            String tenths = new String(plan.render("units/tenths/index.html"), StandardCharsets.UTF_8);
            assertTrue(tenths.contains("Last updated <time datetime=\"2026-04-02\">2026-04-02</time>"), tenths);
            String fresh = new String(plan.render("units/fresh/index.html"), StandardCharsets.UTF_8);
            assertFalse(fresh.contains("Last updated"), "a file never committed has no date");
            assertFalse(fresh.contains("Edit this unit"), "no repository in curriculum.yaml, no link");
        }
    }

    @Test
    void unitPagesListTheirChangesSinceADate() throws Exception {
        try (Git git = init()) {
            edit("units/tenths.yaml", "title: Tenths", "title: Tenths and Hundredths");
            commit(git, "retitled", Instant.parse("2026-04-02T09:30:00Z"));
            var checked = ContentCheck.once().check(content, null, false, new HashMap<>());
            ChangeReport since = Diff.since(content, "2026-03-01", checked);
            SitePlan plan = Build.plan(checked, new Theme(null), "", dev.threefold.core.render.PageMemory.NONE, since);
            String tenths = new String(plan.render("units/tenths/index.html"), StandardCharsets.UTF_8);
            assertTrue(tenths.contains("<summary>Changes since 2026-03-01 ("), tenths);
            assertTrue(tenths.contains("<strong>minor</strong> title: &#39;Tenths&#39; → &#39;Tenths and Hundredths&#39;")
                    || tenths.contains("<strong>minor</strong> title: &#x27;Tenths&#x27; → &#x27;Tenths and Hundredths&#x27;"), tenths);
            String fair = new String(plan.render("units/fair-shares/index.html"), StandardCharsets.UTF_8);
            assertTrue(fair.contains("Nothing in this unit changed since 2026-03-01"), fair);
            GitContent.Problem tooEarly = assertThrows(GitContent.Problem.class, () -> Diff.since(content, "2025-12-31", checked));
            assertTrue(tooEarly.getMessage().contains("is older than 2025-12-31"), tooEarly.getMessage());
        }
    }
}
