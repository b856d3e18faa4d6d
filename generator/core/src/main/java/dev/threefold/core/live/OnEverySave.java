package dev.threefold.core.live;

import dev.threefold.core.BuildRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * When to build again: after every save under the content folder and the theme folder (see
 * {@link Watch}; the preview server uses it too).
 */
public final class OnEverySave {

    private OnEverySave() {
    }

    /** What a watched build, or the preview, of {@code request} watches: its content folder, and its theme folder if it has one. */
    public static List<Path> folders(BuildRequest request) {
        return request.theme() == null ? List.of(request.content()) : List.of(request.content(), request.theme());
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
