package dev.threefold.maven;

import dev.threefold.core.Diff;
import dev.threefold.core.diff.ChangeReport;
import dev.threefold.core.diff.MarkdownReport;
import dev.threefold.core.load.GitContent;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;

/**
 * What a change did to the curriculum: the content folder (or {@code threefold.head}) compared with a
 * git revision ({@code threefold.base}) or another folder ({@code threefold.baseFolder}). The
 * Markdown goes to the log; the HTML page, changes.json and changes.md to {@code threefold.diffOutput}.
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = false)
public class DiffMojo extends ThreefoldMojo {

    /** The git revision to compare from, e.g. origin/main. */
    @Parameter(property = "threefold.base")
    String base;

    /** Or a content folder to compare from. */
    @Parameter(property = "threefold.baseFolder")
    File baseFolder;

    /** The git revision to compare to; default: the content folder as it is. */
    @Parameter(property = "threefold.head")
    String head;

    /** Every change in the log, not a summary. */
    @Parameter(property = "threefold.full", defaultValue = "false")
    boolean full;

    /** major, warnings or errors: fail the build on a major change, a warning introduced, or errors. */
    @Parameter(property = "threefold.failOn")
    String failOn;

    @Parameter(property = "threefold.diffOutput", defaultValue = "${project.build.directory}/curriculum-changes", required = true)
    File diffOutput;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Threefold: skipped");
            return;
        }
        if ((base == null) == (baseFolder == null)) {
            throw new MojoExecutionException("Set one of threefold.base (a git revision) or threefold.baseFolder (a content folder)");
        }
        if (failOn != null && !java.util.List.of("major", "warnings", "errors").contains(failOn)) {
            throw new MojoExecutionException("threefold.failOn: write major, warnings or errors, not `" + failOn + "`");
        }
        Diff.Version from = base != null ? new Diff.Revision(base) : new Diff.Folder(baseFolder.toPath(), baseFolder.toString());
        Diff.Version to = head != null ? new Diff.Revision(head) : new Diff.Folder(content.toPath(), "working tree");
        ChangeReport report;
        try {
            report = Diff.compare(new Diff.Request(content.toPath(), from, to));
            Diff.write(report, theme == null ? null : theme.toPath(), diffOutput.toPath(), full);
        } catch (GitContent.Problem | IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + diffOutput + ": " + e.getMessage(), e);
        }
        for (String line : MarkdownReport.of(report, full).split("\n")) {
            getLog().info(line);
        }
        getLog().info("Threefold: the change report is in " + new File(diffOutput, "index.html"));
        String stop = failOn == null ? null : report.gate(failOn);
        if (stop != null) {
            throw new MojoFailureException("Threefold: the change report has " + stop + " (threefold.failOn=" + failOn + ")");
        }
    }
}
