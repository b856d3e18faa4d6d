package dev.threefold.maven;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.BuildResult;
import dev.threefold.core.live.OnEverySave;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

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
        BuildResult result = run(() -> new Build().build(request(), getLog()::info));
        report(result, "build");
        logBuilt(result, start);
    }

    private void watch(BuildRequest request) throws MojoExecutionException {
        Optional<String> problem = OnEverySave.problem(request);
        if (problem.isPresent()) {
            throw new MojoExecutionException("Threefold: " + problem.get());
        }
        Build watching = Build.incremental();
        buildAndLog(watching, request);
        try {
            OnEverySave.run(OnEverySave.folders(request),
                    () -> getLog().info("Threefold: watching " + content + " for saves (Ctrl+C to stop)"),
                    () -> buildAndLog(watching, request));
        } catch (IOException e) {
            throw new MojoExecutionException("Threefold: cannot watch " + content + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One build of a watch: what went wrong is logged, and the next save is built again. */
    private void buildAndLog(Build build, BuildRequest request) {
        long start = System.nanoTime();
        try {
            BuildResult result = run(() -> build.build(request, getLog()::info));
            log(result);
            if (result.succeeded()) {
                logBuilt(result, start);
            } else {
                getLog().error(failed(result, "build"));
            }
        } catch (MojoExecutionException e) {
            getLog().error(e.getMessage());
        }
    }

    private void logBuilt(BuildResult result, long start) {
        getLog().info(String.format(Locale.ROOT, "Threefold: built %d units, %d files into %s in %.1f s (%s)",
                result.units(), result.written(), output, Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0,
                result.summary()));
    }
}
