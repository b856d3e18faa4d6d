package dev.threefold.site;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile corpus (script in every field of the content) builds, and no
 * page of the result runs any script in Chromium: no alert opens, and the
 * marker a script would set is never set.
 */
class HostileContentIT {

    @Test
    void noPageRunsScript(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        BuildResult r = new Build().build(new BuildRequest(Path.of(System.getProperty("threefold.hostile")), site, null, false, ""));
        assertTrue(r.succeeded(), r.diagnostics().toString());
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 15, "pages: " + pages.size());
        List<String> ran = new ArrayList<>();
        ChromeDriver driver = Browser.start(1280, 1000);
        try {
            for (Path page : pages) {
                driver.get(page.toUri().toString());
                // hover and focus everything, so handlers such as onmouseover or onfocus would fire
                driver.executeScript("document.querySelectorAll('*').forEach(e => {"
                        + "e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
                        + "if (e.focus) e.focus(); });");
                try {
                    driver.switchTo().alert();
                    ran.add(site.relativize(page) + ": an alert opened");
                    driver.switchTo().alert().dismiss();
                } catch (NoAlertPresentException expected) {
                    // nothing ran
                }
            }
            driver.get(site.resolve("units/hostile/index.html").toUri().toString());
            Browser.screenshot(driver, "hostile-unit");
        } finally {
            driver.quit();
        }
        assertEquals(List.of(), ran);
    }
}
