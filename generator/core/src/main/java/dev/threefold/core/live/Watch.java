package dev.threefold.core.live;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.check.ContentCheck;
import dev.threefold.core.write.WatchedOutput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A watched build ({@code build --watch}, {@code -Dthreefold.watch}): builds, then builds again
 * after every save under the content and theme folders, until the thread is interrupted. Its
 * builds share one memory, the first included: the units bound ({@link ContentCheck#remembering()}),
 * the pages rendered ({@link LastPages}) and the output written ({@link WatchedOutput}), so a save
 * binds again only the files saved, renders again only the pages that read something that changed,
 * and writes only the files that changed. The command line and the Maven
 * plugin only print what they are told.
 */
public final class Watch {

    /** What a watched build tells its adapter. */
    public interface Listener {
        /** Another build holds the output folder; this one waits for it. */
        void waiting(String message);

        /** A build ended, in {@code nanos}: built, failed on its content, or could not run. */
        void built(Build.Outcome outcome, long nanos);

        /** The folders are watched: saves from now on are built. */
        void watching(List<Path> folders);
    }

    private Watch() {
    }

    /**
     * Builds, then watches; returns only when the first build was refused as misuse (an output
     * folder that cannot be used: watching would change nothing), or when interrupted.
     */
    public static Build.Outcome run(BuildRequest request, Listener listener) throws IOException, InterruptedException {
        WatchedOutput output = new WatchedOutput();
        // Ended by Ctrl-C, the watch still removes its spare folder (after a build under way).
        Thread atExit = new Thread(output::close, "threefold-watch-exit");
        Runtime.getRuntime().addShutdownHook(atExit);
        try {
            Build build = remembering(output);
            Build.Outcome first = buildOnce(build, request, listener);
            if (first.misuse()) {
                return first;
            }
            List<Path> folders = OnEverySave.folders(request);
            OnEverySave.run(folders, () -> listener.watching(folders), () -> buildOnce(build, request, listener));
            return first;
        } finally {
            output.close();
            try {
                Runtime.getRuntime().removeShutdownHook(atExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs, and finds nothing left to do
            }
        }
    }

    /**
     * A Build that remembers, as a watch's builds share one: the units it bound, the pages it
     * rendered and the output it wrote ({@link WatchedOutput}; close it when the watch ends).
     */
    public static Build remembering(WatchedOutput output) {
        return new Build(ContentCheck.remembering(), new LastPages(), output::writer);
    }

    private static Build.Outcome buildOnce(Build build, BuildRequest request, Listener listener) {
        long start = System.nanoTime();
        Build.Outcome outcome = build.attempt(request, listener::waiting);
        listener.built(outcome, System.nanoTime() - start);
        return outcome;
    }
}
