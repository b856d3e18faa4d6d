package dev.threefold.core;

import dev.threefold.core.load.ShownPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Content trees that must fail: invalid/NAME/input, with the exact
 * diagnostic lines (file:line:col, message, hint, code) in invalid/NAME/expected.txt,
 * where files are named from the fixture's folder (`input/units/...`).
 */
class InvalidContentTest {

    @ParameterizedTest
    @ValueSource(strings = {"many-mistakes", "curriculum-and-standards", "duplicate-ids", "links-and-files", "unsafe-assets",
            "unquoted-colons", "yaml-folders", "deep-markdown", "pedagogy-mistakes"})
    void reportsEveryProblemAtItsLine(String name) throws Exception {
        Path dir = Path.of(resource("/invalid/" + name));
        BuildResult r = new Build().validate(BuildRequest.validate(dir.resolve("input"), false));
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        // Paths are shown from the working directory; the fixture's own folder is left out to keep expected.txt short.
        String fixture = ShownPath.prefix(dir);
        List<String> actual = r.diagnostics().stream().map(d -> d.format().replace(fixture, "")).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
        assertFalse(r.succeeded());
    }

    private static java.net.URI resource(String path) throws URISyntaxException {
        return InvalidContentTest.class.getResource(path).toURI();
    }

}
