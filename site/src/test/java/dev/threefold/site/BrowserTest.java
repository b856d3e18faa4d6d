package dev.threefold.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/** One laptop-sized headless Chromium shared by a test class's tests. */
abstract class BrowserTest {

    static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start(1280, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
