package dev.threefold.maven;

import dev.threefold.core.Build;
import dev.threefold.core.BuildResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.time.Duration;
import java.util.Locale;

/** Builds the curriculum site from the content folder. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class BuildMojo extends ThreefoldMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Threefold: skipped");
            return;
        }
        long start = System.nanoTime();
        BuildResult result = run(() -> new Build().build(request()));
        report(result, "build");
        getLog().info(String.format(Locale.ROOT, "Threefold: built %d units, %d files into %s in %.1f s (%s)",
                result.units(), result.written(), output, Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0,
                result.summary()));
    }
}
