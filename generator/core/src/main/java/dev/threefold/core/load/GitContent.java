package dev.threefold.core.load;

import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The git repository a content folder lives in, read through JGit from the object database: a
 * revision's content folder is copied out without a checkout (the working tree and the index are
 * never touched), and the history gives each file the time of the last commit that changed it.
 * Failures a user can meet (not a git repository, no such revision) are {@link Problem}s, each one
 * sentence saying what to do.
 */
public final class GitContent implements AutoCloseable {

    /** A git problem told in one sentence, with what to do. */
    public static final class Problem extends RuntimeException {
        public Problem(String message) {
            super(message);
        }
    }

    private final Repository repo;
    /** The content folder inside the repository, with `/` separators; empty when it is the repository's root. */
    private final String path;

    private GitContent(Repository repo, String path) {
        this.repo = repo;
        this.path = path;
    }

    /**
     * The repository holding {@code content} (the folder itself or one above it).
     *
     * @throws Problem when no folder above it is a git repository
     */
    public static GitContent open(Path content) {
        Path folder = content.toAbsolutePath().normalize();
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(folder.toFile());
        if (b.getGitDir() == null) {
            throw new Problem(content + " is not in a git repository: compare two folders with --base-folder DIR, "
                    + "or run `git init` and commit the content first");
        }
        try {
            Repository repo = b.setMustExist(true).build();
            if (repo.isBare()) {
                repo.close();
                throw new Problem(content + " is inside a bare git repository; run the command in a clone that has a working tree");
            }
            Path top = repo.getWorkTree().toPath().toAbsolutePath().normalize();
            Path real = folder;
            try {
                real = folder.toRealPath();
                top = top.toRealPath();
            } catch (IOException e) {
                // a content folder missing from the working tree may still be compared between two revisions
            }
            return new GitContent(repo, top.relativize(real).toString().replace('\\', '/'));
        } catch (IOException e) {
            throw new Problem("cannot open the git repository at " + b.getGitDir() + ": " + e.getMessage());
        }
    }

    /**
     * {@link #lastChanged()} of the repository holding {@code content}, or an empty map when it is
     * in none (or the repository cannot be read: a page then shows no date rather than a build failing).
     */
    public static Map<String, Instant> lastChangedIn(Path content) {
        if (new FileRepositoryBuilder().findGitDir(content.toAbsolutePath().normalize().toFile()).getGitDir() == null) {
            return Map.of();
        }
        try (GitContent git = open(content)) {
            return git.lastChanged();
        } catch (Problem | UncheckedIOException e) {
            return Map.of();
        }
    }

    /**
     * The revision a "since" names: a date ({@code 2026-09-01}) is the last commit reachable from HEAD
     * made before that day began (UTC); anything else is a revision git understands (a tag, a branch).
     *
     * @throws Problem when no commit is that old, or the revision does not exist
     */
    public String since(String dateOrRevision) {
        if (!dateOrRevision.matches("\\d{4}-\\d{2}-\\d{2}")) {
            shortId(dateOrRevision);
            return dateOrRevision;
        }
        long before = java.time.LocalDate.parse(dateOrRevision).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond();
        try (RevWalk walk = new RevWalk(repo)) {
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(commit(Constants.HEAD)));
            for (RevCommit c : walk) {
                if (c.getCommitTime() < before) {
                    return c.getName();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the git history: " + e.getMessage(), e);
        }
        throw new Problem("no commit in " + repo.getWorkTree() + " is older than " + dateOrRevision
                + " (give a later date, or a tag or revision)");
    }

    /** The content folder inside the repository, e.g. {@code content}; empty at its root. */
    public String path() {
        return path;
    }

    /** A revision's commit, e.g. {@code 3f2a9c1} for {@code origin/main}. */
    public String shortId(String revision) {
        return commit(revision).abbreviate(7).name();
    }

    /**
     * Copies the content folder as it is in {@code revision} into {@code into} (which must not exist).
     *
     * @return false when the revision has no content folder
     * @throws Problem when the revision does not exist
     */
    public boolean extract(String revision, Path into) {
        ObjectId commit = commit(revision);
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            RevCommit c = walk.parseCommit(commit);
            ObjectId tree = c.getTree();
            if (!path.isEmpty()) {
                try (TreeWalk at = TreeWalk.forPath(reader, path, c.getTree())) {
                    if (at == null || !at.isSubtree()) {
                        return false;
                    }
                    tree = at.getObjectId(0);
                }
            }
            Files.createDirectories(into);
            try (TreeWalk files = new TreeWalk(reader)) {
                files.addTree(tree);
                files.setRecursive(true);
                while (files.next()) {
                    FileMode mode = files.getFileMode(0);
                    if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                        continue; // symbolic links and submodules: content refuses the first and never holds the second
                    }
                    Path target = into.resolve(files.getPathString()).normalize();
                    if (!target.startsWith(into)) {
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    try (OutputStream out = Files.newOutputStream(target)) {
                        reader.open(files.getObjectId(0), Constants.OBJ_BLOB).copyTo(out);
                    }
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + revision + " from the git repository: " + e.getMessage(), e);
        }
    }

    /**
     * For each file under the content folder (path inside it, e.g. {@code units/a.yaml}) that a
     * commit reachable from HEAD changed, the time of the newest such commit: a commit is compared
     * with its first parent, so a file brought in by a merge dates from the merge. Empty when the
     * repository has no commit. Deterministic for a given HEAD.
     */
    public Map<String, Instant> lastChanged() {
        Map<String, Instant> out = new HashMap<>();
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null) {
                return out;
            }
            RevCommit top = walk.parseCommit(head);
            if (!path.isEmpty()) {
                try (TreeWalk at = TreeWalk.forPath(reader, path, top.getTree())) {
                    if (at == null) {
                        return out; // not committed (a folder git ignores, say): no history to walk
                    }
                }
            }
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(top);
            TreeFilter under = path.isEmpty() ? TreeFilter.ALL : PathFilter.create(path);
            walk.setTreeFilter(AndTreeFilter.create(under, TreeFilter.ANY_DIFF));
            String prefix = path.isEmpty() ? "" : path + "/";
            for (RevCommit c : walk) {
                Instant when = Instant.ofEpochSecond(c.getCommitTime());
                try (TreeWalk diff = new TreeWalk(reader)) {
                    if (c.getParentCount() > 0) {
                        diff.addTree(walk.parseCommit(c.getParent(0)).getTree());
                    } else {
                        diff.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
                    }
                    diff.addTree(c.getTree());
                    diff.setRecursive(true);
                    diff.setFilter(AndTreeFilter.create(under, TreeFilter.ANY_DIFF));
                    while (diff.next()) {
                        String p = diff.getPathString();
                        if (p.startsWith(prefix)) {
                            out.putIfAbsent(p.substring(prefix.length()), when);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the git history: " + e.getMessage(), e);
        }
        return out;
    }

    private ObjectId commit(String revision) {
        try {
            ObjectId id = repo.resolve(revision + "^{commit}");
            if (id == null) {
                throw new Problem("no revision `" + revision + "` in the git repository at " + repo.getWorkTree()
                        + " (check the name with `git log --oneline -1 " + revision + "`; a remote branch needs `git fetch` first)");
            }
            return id;
        } catch (RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException e) {
            throw new Problem("`" + revision + "` is not a revision git understands: " + e.getMessage());
        } catch (IOException e) {
            throw new Problem("cannot read revision `" + revision + "`: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        repo.close();
    }
}
