package dev.threefold.site;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Debian's headless Chromium under WebDriver, offline; screenshots kept as build artefacts. */
final class Browser {

    static final Path SITE = Path.of(System.getProperty("threefold.site", "target/curriculum"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("threefold.screenshots", "target/screenshots"));

    private Browser() {
    }

    static ChromeDriver start(int width, int height) {
        File chromium = new File("/usr/bin/chromium");
        File driver = new File("/usr/bin/chromedriver");
        if (!chromium.canExecute() || !driver.canExecute()) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run installs them)");
        }
        try {
            ChromeOptions o = new ChromeOptions();
            o.setBinary(chromium);
            o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("chrome-profile"));
            o.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(driver).usingAnyFreePort().build();
            return new ChromeDriver(service, o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree; returns {@code to}. */
    static Path copyTree(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }

    /** Emulates a colour scheme ("light" or "dark") for the pages the driver opens next. */
    static void scheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("media", "", "features", java.util.List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Sets the window's inner width to {@code width} CSS pixels (the window frame is none in headless mode). */
    static void width(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** The file:// address of {@code page} in {@code site}; a query ({@code search/index.html?q=x}) is kept as a query. */
    static String url(Path site, String page) {
        int q = page.indexOf('?');
        return q < 0 ? site.resolve(page).toUri().toString()
                : site.resolve(page.substring(0, q)).toUri() + page.substring(q);
    }

    static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
