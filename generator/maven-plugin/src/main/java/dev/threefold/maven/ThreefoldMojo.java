package dev.threefold.maven;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.BuildResult;
import dev.threefold.core.diag.Diagnostic;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * What the goals share: the contract's parameters, copied into a
 * {@link BuildRequest}; every diagnostic printed through Maven's log; one
 * failure at the end.
 */
abstract class ThreefoldMojo extends AbstractMojo {

    /** The content folder (holds curriculum.yaml). */
    @Parameter(property = "threefold.content", defaultValue = "${project.basedir}/../content", required = true)
    File content;

    /** A theme folder whose templates/ and assets/ override single files of the default theme. */
    @Parameter(property = "threefold.theme")
    File theme;

    /** Where the site goes; replaced whole, only when the build succeeds. */
    @Parameter(property = "threefold.output", defaultValue = "${project.build.directory}/curriculum", required = true)
    File output;

    /** Warnings fail the build too. */
    @Parameter(property = "threefold.strict", defaultValue = "false")
    boolean strict;

    /** The site's public address, for sitemap.xml. */
    @Parameter(property = "threefold.baseUrl", defaultValue = "")
    String baseUrl;

    /** A date (2026-09-01) or git revision: each unit page lists its changes since then. */
    @Parameter(property = "threefold.since")
    String since;

    /** Skip this goal. */
    @Parameter(property = "threefold.skip", defaultValue = "false")
    boolean skip;

    BuildRequest request() {
        return new BuildRequest(content.toPath(), output.toPath(), theme == null ? null : theme.toPath(), strict, baseUrl, since);
    }

    /** Logs every problem, then fails once if any is an error. */
    void report(BuildResult result, String what) throws MojoFailureException {
        log(result);
        if (!result.succeeded()) {
            throw new MojoFailureException(failed(result, what));
        }
    }

    /** The line that says a build or validation failed (a failed build left the previous site as it was). */
    static String failed(BuildResult result, String what) {
        return "Threefold: " + what + " failed with " + result.summary()
                + ("build".equals(what) ? "; the previous site was left as it was." : "");
    }

    /** Logs every problem, errors as errors and warnings as warnings. */
    void log(BuildResult result) {
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                getLog().error(d.format());
            } else {
                getLog().warn(d.format());
            }
        }
    }

    /** The result of a build or validation, or a clear Maven error when it could not run (the core caught why). */
    BuildResult result(Build.Outcome outcome) throws MojoExecutionException {
        if (outcome.result() == null) {
            throw new MojoExecutionException("Threefold: " + outcome.failure());
        }
        return outcome.result();
    }
}
