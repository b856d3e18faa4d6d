package dev.threefold.core.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A git revision's content folder copied into a temporary folder, to be read as any content folder
 * is; closing deletes it. {@link #folder()} is null when the revision has no content folder.
 */
public final class RevisionFolder implements AutoCloseable {

    private final Path temp;
    private final Path folder;

    private RevisionFolder(Path temp, Path folder) {
        this.temp = temp;
        this.folder = folder;
    }

    /** @throws GitContent.Problem when the revision does not exist */
    public static RevisionFolder of(GitContent git, String revision) {
        try {
            Path temp = Files.createTempDirectory(scratch(), "threefold-revision-");
            Path content = temp.resolve(git.path().isEmpty() ? "content" : Path.of(git.path()).getFileName().toString());
            try {
                return new RevisionFolder(temp, git.extract(revision, content) ? content : null);
            } catch (RuntimeException e) {
                delete(temp);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for " + revision + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where the copy goes: Linux's shared-memory folder when it is there, since the copy is read once
     * and deleted (on a disk, creating and deleting 10,000 files was most of a one-unit diff, and ext4
     * creates files slowly for a while after many were deleted); else the system's temporary folder.
     */
    private static Path scratch() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            delete(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary folder " + temp + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
