package dev.threefold.maven;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.BuildResult;
import dev.threefold.core.live.Watch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.List;

/** Builds the curriculum site from the content folder; with {@code threefold.watch}, again after every save. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class BuildMojo extends ThreefoldMojo {

    /**
     * After the build, build again after every save under the content (and theme) folder until
     * stopped with Ctrl+C; a build with errors logs them and leaves the last good site in place.
     */
    @Parameter(property = "threefold.watch", defaultValue = "false")
    boolean watch;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Threefold: skipped");
            return;
        }
        if (watch && content.isDirectory()) { // a missing content folder fails the goal at once
            watch(request());
            return;
        }
        long start = System.nanoTime();
        BuildResult result = result(new Build().attempt(request(), getLog()::info));
        report(result, "build");
        logBuilt(result, System.nanoTime() - start);
    }

    private void watch(BuildRequest request) throws MojoExecutionException {
        try {
            Build.Outcome refused = Watch.run(request, new Watch.Listener() {
                @Override
                public void waiting(String message) {
                    getLog().info(message);
                }

                @Override
                public void built(Build.Outcome outcome, long nanos) {
                    logged(outcome, nanos);
                }

                @Override
                public void watching(List<Path> folders) {
                    getLog().info("Threefold: watching " + content + " for saves (Ctrl+C to stop)");
                }
            });
            if (refused.misuse()) {
                throw new MojoExecutionException("Threefold: " + refused.failure());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Threefold: cannot watch " + content + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One build of a watch: what went wrong is logged, and the next save is built again. */
    private void logged(Build.Outcome outcome, long nanos) {
        if (outcome.result() == null) {
            if (!outcome.misuse()) { // misuse ends the watch, and fails the goal
                getLog().error("Threefold: " + outcome.failure());
            }
            return;
        }
        log(outcome.result());
        if (outcome.result().succeeded()) {
            logBuilt(outcome.result(), nanos);
        } else {
            getLog().error(failed(outcome.result(), "build"));
        }
    }

    private void logBuilt(BuildResult result, long nanos) {
        getLog().info(String.format(Locale.ROOT, "Threefold: built %d units, %d files into %s in %.1f s (%s)",
                result.units(), result.written(), output, Duration.ofNanos(nanos).toMillis() / 1000.0, result.summary()));
    }
}
