package dev.threefold.maven;

import dev.threefold.core.Build;
import dev.threefold.core.BuildResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the content folder and reports every problem; writes nothing. */
@Mojo(name = "validate", threadSafe = true, requiresProject = false)
public class ValidateMojo extends ThreefoldMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Threefold: skipped");
            return;
        }
        BuildResult result = result(new Build().attemptValidate(request()));
        report(result, "validation");
        getLog().info("Threefold: " + result.units() + " units checked (" + result.summary() + ")");
    }
}
