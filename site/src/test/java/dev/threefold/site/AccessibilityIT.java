package dev.threefold.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * axe-core (vendored from npm) finds no WCAG 2.1 A/AA violation on any kind of page, on a phone and
 * on a laptop, in the light and the dark colour scheme. A screenshot of each is kept.
 */
class AccessibilityIT extends BrowserTest {

    private static String axe;

    @BeforeAll
    static void loadAxe() throws IOException {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe-core-4.14.1/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    static Stream<Arguments> pagesAndModes() {
        List<Arguments> all = new ArrayList<>();
        for (String page : SitePages.ALL) {
            for (int width : List.of(390, 1366)) {
                for (String scheme : List.of("light", "dark")) {
                    all.add(Arguments.of(page, width, scheme));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1} px, {2}")
    @MethodSource("pagesAndModes")
    void noViolations(String page, int width, String scheme) {
        Browser.width(driver, width, width < 600 ? 844 : 900);
        Browser.scheme(driver, scheme);
        driver.get(Browser.url(Browser.SITE, page));
        driver.executeScript(axe);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                        + ".then(r => done(r), e => done({violations: [{id: 'axe-error', help: String(e), nodes: []}]}));");
        Browser.screenshot(driver, "axe-" + SitePages.shotName(page) + "-" + width + "-" + scheme);
        List<String> problems = new ArrayList<>();
        for (Object v : (List<?>) result.get("violations")) {
            Map<?, ?> violation = (Map<?, ?>) v;
            List<?> nodes = (List<?>) violation.get("nodes");
            String where = nodes.isEmpty() ? "" : String.valueOf(((Map<?, ?>) nodes.get(0)).get("target"));
            problems.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help")
                    + " — " + nodes.size() + " node(s), e.g. " + where);
        }
        assertEquals(List.of(), problems, page + " at " + width + " px, " + scheme);
    }
}
