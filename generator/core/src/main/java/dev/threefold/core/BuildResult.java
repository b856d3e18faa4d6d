package dev.threefold.core;

import dev.threefold.core.diag.Diagnostic;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param diagnostics every problem found, sorted by file and line (warnings already raised to errors in strict mode)
 * @param units       how many units were loaded
 * @param written     files written to the site (0 when the build failed or only validated)
 * @param timings     time per stage, in stage order
 */
public record BuildResult(List<Diagnostic> diagnostics, int units, int written, Map<String, Duration> timings) {

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    /** "2 errors, 1 warning" */
    public String summary() {
        return plural(errorCount(), "error") + ", " + plural(warningCount(), "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
