package dev.threefold.core.live;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * A watched build ({@code build --watch}, {@code -Dthreefold.watch}): the build again after every
 * save under the content folder and the theme folder, in the JVM that is already running, with one
 * {@link Build#incremental() incremental Build} throughout, the first build included: it keeps the
 * units it bound in memory, so a rebuild binds only the files saved since. The command line and the
 * Maven plugin each report the builds; this is when they happen.
 */
public final class OnEverySave {

    private OnEverySave() {
    }

    /** What a watched build, or the preview, of {@code request} watches: its content folder, and its theme folder if it has one. */
    public static List<Path> folders(BuildRequest request) {
        return request.theme() == null ? List.of(request.content()) : List.of(request.content(), request.theme());
    }

    /**
     * Why {@code request} cannot be watched, or empty: a build writes beside its output folder too
     * (its staging folder), so an output folder inside a watched one would start a build with each build.
     */
    public static Optional<String> problem(BuildRequest request) {
        Path output = request.output().toAbsolutePath().normalize();
        for (Path folder : folders(request)) {
            if (output.startsWith(folder.toAbsolutePath().normalize())) {
                return Optional.of("the output folder must be outside " + folder + " to watch it, or every build would start another");
            }
        }
        return Optional.empty();
    }

    /**
     * Runs {@code build} after every save under {@code folders} until the thread is interrupted. Saves
     * that come while it runs (an editor's save is often several events) make one more run, not one each.
     *
     * @param watching told once the folders are watched, before the first save can be missed
     */
    public static void run(List<Path> folders, Runnable watching, Runnable build) throws IOException, InterruptedException {
        Semaphore saved = new Semaphore(0);
        try (ContentWatcher watcher = new ContentWatcher(folders, saved::release)) {
            watching.run();
            while (true) {
                saved.acquire();
                saved.drainPermits();
                build.run();
            }
        }
    }
}
