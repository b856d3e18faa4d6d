package dev.threefold.site;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paper, link previews, the dark scheme, the focus ring and forced colours. */
class PrintAndLookIT extends BrowserTest {

    @AfterEach
    void screen() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
    }

    private static void print() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    @Test
    void printedLinksShowNoRelativePaths() {
        driver.get(Browser.url(Browser.SITE, "units/fair-shares/index.html"));
        print();
        for (WebElement a : driver.findElements(By.cssSelector("main a[href]"))) {
            String after = (String) driver.executeScript("return getComputedStyle(arguments[0], '::after').content", a);
            assertFalse(after.contains("../") || after.contains("index.html"), "a link prints " + after);
        }
        assertFalse(driver.findElement(By.cssSelector(".toc")).isDisplayed(), "the contents list is for the screen");
        String running = (String) driver.executeScript("return document.querySelector('style[media=print]').textContent");
        assertTrue(running.contains("@top-left") && running.contains("\"Fair Shares\""), "the unit's title runs at the top of each page: " + running);
    }

    @Test
    void wideReportsPrintInLandscapeWithEveryColumn() throws Exception {
        driver.get(Browser.url(Browser.SITE, "reports/balance/index.html"));
        print();
        // A4 landscape less its margins is about 1,030 CSS px wide; every table must fit it
        Browser.width(driver, 1030, 800);
        try {
            Long widest = (Long) driver.executeScript("return Math.max(...Array.from(document.querySelectorAll('main table'), t => t.scrollWidth))");
            Long page = (Long) driver.executeScript("return document.querySelector('main').clientWidth");
            assertTrue(widest <= page, "a table is " + widest + " px on a page of " + page);
            assertEquals("wide", driver.executeScript("return getComputedStyle(document.querySelector('main')).page"));
            String head = (String) driver.executeScript("return getComputedStyle(document.querySelector('.report-table thead')).display");
            assertEquals("table-header-group", head, "headers repeat on every page");
        } finally {
            Browser.width(driver, 1280, 1000);
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true, "preferCSSPageSize", true));
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(Browser.SCREENSHOTS.resolve("report-balance.pdf"), Base64.getDecoder().decode((String) pdf.get("data")));
    }

    @Test
    void everyPageHasAnIconAndALinkPreview() {
        driver.get(Browser.url(Browser.SITE, "units/fair-shares/index.html"));
        WebElement icon = driver.findElement(By.cssSelector("link[rel=icon]"));
        assertTrue(Files.exists(Browser.SITE.resolve("theme/favicon.svg")), "the icon is in the site");
        assertTrue(icon.getAttribute("href").endsWith("theme/favicon.svg"));
        assertEquals("Fair Shares", driver.findElement(By.cssSelector("meta[property='og:title']")).getAttribute("content"));
        assertEquals("article", driver.findElement(By.cssSelector("meta[property='og:type']")).getAttribute("content"));
        assertTrue(driver.findElement(By.cssSelector("meta[property='og:description']")).getAttribute("content").startsWith("Fractions begin"));
        assertEquals("summary", driver.findElement(By.cssSelector("meta[name='twitter:card']")).getAttribute("content"));
    }

    @Test
    void theDarkSchemeIsDarkAndTheFocusRingStandsOutInBoth() {
        for (String scheme : List.of("light", "dark")) {
            Browser.scheme(driver, scheme);
            driver.get(Browser.url(Browser.SITE, "units/fair-shares/index.html"));
            double[] page = rgb(driver.findElement(By.tagName("body")).getCssValue("background-color"));
            assertEquals(scheme.equals("dark"), luminance(page) < 0.1, scheme + " page background " + List.of(page[0], page[1], page[2]));
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            driver.switchTo().activeElement().sendKeys(Keys.TAB); // past the skip link, to the brand
            WebElement focused = driver.switchTo().activeElement();
            double[] ring = rgb(focused.getCssValue("outline-color"));
            for (String surface : List.of("--paper", "--canvas", "--collective-tint", "--small-group-tint", "--teacher-bg")) {
                double[] bg = rgb((String) driver.executeScript(
                        "const d = document.createElement('div'); d.style.background = getComputedStyle(document.documentElement).getPropertyValue(arguments[0]);"
                                + "document.body.append(d); const c = getComputedStyle(d).backgroundColor; d.remove(); return c;", surface));
                double contrast = contrast(ring, bg);
                assertTrue(contrast >= 3, scheme + ": the focus ring is " + String.format("%.1f", contrast) + ":1 against " + surface);
            }
            Browser.screenshot(driver, "focus-" + scheme);
        }
    }

    @Test
    void chartsKeepTheirMarksInForcedColours() {
        driver.get(Browser.url(Browser.SITE, "grades/3/index.html"));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "forced-colors", "value", "active"))));
        WebElement seg = driver.findElement(By.cssSelector(".mini-bar span"));
        assertEquals("none", seg.getCssValue("forced-color-adjust"), "the bar keeps its colours");
        driver.get(Browser.url(Browser.SITE, "units/fair-shares/index.html"));
        assertEquals("none", driver.findElement(By.cssSelector(".balance-bar rect")).getCssValue("forced-color-adjust"));
    }

    private static final Pattern RGB = Pattern.compile("rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)");

    private static double[] rgb(String css) {
        Matcher m = RGB.matcher(css);
        assertTrue(m.find(), css);
        return new double[]{Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))};
    }

    private static double luminance(double[] c) {
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255;
            l[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }

    private static double contrast(double[] a, double[] b) {
        double x = luminance(a) + 0.05;
        double y = luminance(b) + 0.05;
        return Math.max(x, y) / Math.min(x, y);
    }
}
