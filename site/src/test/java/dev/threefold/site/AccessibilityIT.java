package dev.threefold.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** axe-core (vendored from npm) finds no WCAG 2.1 A/AA violation on any kind of page. */
class AccessibilityIT extends BrowserTest {

    private static String axe;

    @BeforeAll
    static void loadAxe() throws IOException {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe-core-4.14.1/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "index.html", "units/fair-shares/index.html", "units/looking-at-student-work/index.html",
            "student/fair-shares/index.html", "grades/index.html", "grades/3/index.html", "subjects/science/index.html",
            "tags/index.html", "standards/index.html", "standards/ccss-math/index.html", "sequence/index.html",
            "search/index.html", "reports/index.html", "reports/balance/index.html", "reports/coverage/index.html",
            "reports/differentiation/index.html", "reports/reflection/index.html", "reports/sequence/index.html",
            "reports/alignment/index.html", "reports/access/index.html", "reports/norms/index.html",
            "reports/learning/index.html", "learning/index.html", "norms/share-the-work/index.html",
            "initiatives/student-voice/index.html"})
    void noViolations(String page) {
        driver.get(Browser.url(Browser.SITE, page) + (page.startsWith("search") ? "?q=fraction" : ""));
        driver.executeScript(axe);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                        + ".then(r => done(r), e => done({violations: [{id: 'axe-error', help: String(e), nodes: []}]}));");
        List<String> problems = new ArrayList<>();
        for (Object v : (List<?>) result.get("violations")) {
            Map<?, ?> violation = (Map<?, ?>) v;
            List<?> nodes = (List<?>) violation.get("nodes");
            String where = nodes.isEmpty() ? "" : String.valueOf(((Map<?, ?>) nodes.get(0)).get("target"));
            problems.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help")
                    + " — " + nodes.size() + " node(s), e.g. " + where);
        }
        assertEquals(List.of(), problems, page);
    }
}
