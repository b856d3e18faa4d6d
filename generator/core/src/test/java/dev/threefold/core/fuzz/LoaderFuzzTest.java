package dev.threefold.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import dev.threefold.core.bind.UnitBinder;
import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.load.CommonYamlAgreement;
import dev.threefold.core.load.SourceFile;
import dev.threefold.core.load.YamlReader;
import dev.threefold.core.markdown.MarkdownRenderer;
import dev.threefold.core.markdown.ShortcutAgreement;

import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Fuzz targets: whatever bytes a unit file or a markdown field holds, the
 * loader and renderer answer with diagnostics, never an exception, and the
 * rendered HTML never holds a script element; whatever markdown the shortcuts
 * past flexmark render, flexmark renders the same; and whatever text the fast
 * YAML reader reads, Jackson reads the same.
 *
 * A normal test run replays the seeds in LoaderFuzzTestInputs/. To fuzz
 * (coverage-guided), set JAZZER_FUZZ=1 and pick one target, e.g.
 * {@code JAZZER_FUZZ=1 mvn -pl generator/core test -Dtest=LoaderFuzzTest#unitFiles}; it runs for
 * maxDuration (raise it to fuzz longer). .ci/run fuzzes each target for that long. Every input,
 * seeds included, fails when it takes more than {@link PerInputLimit#SECONDS} s.
 */
class LoaderFuzzTest {

    private static final YamlReader YAML = new YamlReader();
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final UnitBinder BINDER = new UnitBinder(MARKDOWN);
    private static final Set<String> ASSETS = Set.of("assets/a.png");

    /**
     * Jazzer cuts a string argument to 1,000 characters unless told otherwise, seeds included;
     * the markdown seeds of shapes that once took quadratic time (backtick runs, unclosed links)
     * are 64 KB, large enough that such time shows against .ci/run's per-input limit.
     */
    private static final int SEED_CHARS = 70_000;

    @FuzzTest(maxDuration = "20s")
    void unitFiles(@NotNull @WithUtf8Length(max = SEED_CHARS) String text) {
        PerInputLimit.run(text, () -> {
            Diagnostics d = new Diagnostics();
            YAML.read(new SourceFile("units/g/x.yaml", "content/units/g/x.yaml", text), d)
                    .ifPresent(root -> BINDER.bind(root, "units/g/x.yaml", null, ASSETS, d));
            d.sorted().forEach(diagnostic -> assertFalse(diagnostic.format().isEmpty()));
        });
    }

    @FuzzTest(maxDuration = "20s")
    void markdownFields(@NotNull @WithUtf8Length(max = SEED_CHARS) String source) {
        PerInputLimit.run(source, () -> {
            var r = MARKDOWN.render(source, new MarkdownRenderer.Context("units/g/x.yaml", "../../", ASSETS));
            String html = r.html().toLowerCase(Locale.ROOT);
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("javascript:") && html.contains("href=\"javascript:"), html);
        });
    }

    @FuzzTest(maxDuration = "20s")
    void markdownShortcutsAgreeWithFlexmark(@NotNull String source) {
        PerInputLimit.run(source, () -> ShortcutAgreement.check(source));
    }

    @FuzzTest(maxDuration = "20s")
    void commonYamlAgreesWithJackson(@NotNull String text) {
        PerInputLimit.run(text, () -> CommonYamlAgreement.check(text));
    }
}
