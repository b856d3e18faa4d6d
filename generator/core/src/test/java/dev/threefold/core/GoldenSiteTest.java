package dev.threefold.core;

import dev.threefold.core.write.MemorySink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden sites: each fixture under sites/NAME has input/ and expected.txt.
 * expected.txt lists, under "== path" headers, fragments the page must
 * contain ("+ text", whitespace-insensitive) or must not contain ("- text").
 * A bare "== path" with no lines asserts only that the page exists.
 */
class GoldenSiteTest {

    @ParameterizedTest
    @ValueSource(strings = {"basic"})
    void builtPagesContainTheExpectedFragments(String name) throws Exception {
        Path input = Fixtures.site(name);
        MemorySink site = Fixtures.buildInMemory(input);
        List<String> failures = new ArrayList<>();
        String page = null;
        String text = null;
        for (String line : Files.readAllLines(input.resolveSibling("expected.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                page = line.substring(3).trim();
                text = site.text(page);
                if (text == null) {
                    failures.add(page + ": page was not written");
                } else {
                    text = squash(text);
                }
                continue;
            }
            if (text == null) {
                continue;
            }
            String fragment = squash(line.substring(2));
            if (line.startsWith("+ ") && !text.contains(fragment)) {
                failures.add(page + ": missing " + fragment);
            } else if (line.startsWith("- ") && text.contains(fragment)) {
                failures.add(page + ": must not contain " + fragment);
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
        assertTrue(site.pages().size() > 5);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").replace("> <", "><").trim();
    }
}
