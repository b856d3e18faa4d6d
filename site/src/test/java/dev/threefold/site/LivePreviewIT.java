package dev.threefold.site;

import dev.threefold.core.BuildRequest;
import dev.threefold.core.live.PreviewServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview in a real browser: a save reloads the open page; a broken save shows its problems on the page. */
class LivePreviewIT {

    @Test
    void aSaveReloadsTheOpenTabAndABrokenSaveShowsAnOverlay(@TempDir Path tmp) throws Exception {
        Path content = tmp.resolve("content");
        Browser.copyTree(Path.of(System.getProperty("threefold.content", "../content")), content);
        Path unit = content.resolve("units/grade-3/math/fair-shares.yaml");
        String good = Files.readString(unit);
        ChromeDriver driver = Browser.start(1280, 1000);
        try (PreviewServer server = PreviewServer.start(new BuildRequest(content, null, null, false, ""), "127.0.0.1", 0, s -> { })) {
            driver.get(server.uri().resolve("/units/fair-shares/").toString());
            // A save replaces the page's content in place, so an element found may go stale before it is read.
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class);
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Fair Shares"));
            // the page's event stream must be connected before the save
            wait.until(d -> (Boolean) driver.executeScript("return performance.getEntriesByType('resource')"
                    + ".some(e => e.name.endsWith('/__threefold/problems.json'))"));

            Files.writeString(unit, good.replace("title: Fair Shares", "title: Fair Shares, Live"));
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Fair Shares, Live"));

            Files.writeString(unit, good.replace("title: Fair Shares", "title: [oops"));
            wait.until(d -> !d.findElements(By.id("threefold-problems")).isEmpty());
            String overlay = driver.findElement(By.id("threefold-problems")).getText();
            assertTrue(overlay.contains("fair-shares.yaml") && overlay.contains("error: the `[` that starts here is not closed"), overlay);
            assertTrue(driver.findElement(By.tagName("h1")).getText().equals("Fair Shares, Live"), "the last good page stays");
            Browser.screenshot(driver, "preview-problems-overlay");

            Files.writeString(unit, good);
            wait.until(d -> d.findElements(By.id("threefold-problems")).isEmpty()
                    && d.findElement(By.tagName("h1")).getText().equals("Fair Shares"));
        } finally {
            driver.quit();
        }
    }
}
