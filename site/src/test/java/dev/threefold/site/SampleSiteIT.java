package dev.threefold.site;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built sample site in a real browser, from file://, as a teacher would use it. */
class SampleSiteIT extends BrowserTest {

    @Test
    void navigatesFromHomeToAUnitAndBack() {
        driver.get(Browser.url(Browser.SITE, "index.html"));
        assertEquals("Riverbend Elementary Curriculum", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.partialLinkText("Grade 3")).click();
        assertEquals("Grade 3", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.linkText("Fractions on a Line")).click();
        assertEquals("Fractions on a Line", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.getCurrentUrl().endsWith("/units/fractions-on-a-line/index.html"), driver.getCurrentUrl());
        Browser.screenshot(driver, "unit-fractions-on-a-line");
        driver.navigate().back();
        assertEquals("Grade 3", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.linkText("Home")).click();
        assertEquals("Riverbend Elementary Curriculum", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aUnitPageShowsEveryPartOfThePlan() {
        driver.get(Browser.url(Browser.SITE, "units/fractions-on-a-line/index.html"));
        // getText() is what is shown, so labels styled in capitals come back in capitals
        String text = driver.findElement(By.tagName("main")).getText().toLowerCase(java.util.Locale.ROOT);
        for (String part : List.of("Balance of the three dimensions", "Big ideas", "Essential questions", "Standards",
                "3.NF.A.2", "Builds on", "Provocation", "Lesson 1", "ENTRY POINTS", "Reflection", "Assessment",
                "Teacher notes", "For the teacher's own reflection")) {
            assertTrue(text.contains(part.toLowerCase(java.util.Locale.ROOT)), "unit page lacks " + part);
        }
        List<WebElement> roles = driver.findElements(By.cssSelector(".roles .role-name"));
        assertTrue(!roles.isEmpty() && roles.get(0).isDisplayed(), "group roles are shown");
        WebElement chart = driver.findElement(By.cssSelector("svg.balance-bar"));
        assertTrue(chart.getSize().getWidth() > 300, "the balance chart is drawn full width");
    }

    @Test
    void aKeyboardUserSkipsToTheContentAndSeesWhereTheFocusIs() {
        driver.get(Browser.url(Browser.SITE, "units/fair-shares/index.html"));
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        assertTrue(skip.isDisplayed(), "the skip link appears when focused");
        String outline = skip.getCssValue("outline-style");
        assertTrue(!outline.equals("none"), "focus is visible: outline " + outline);
        skip.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertEquals("main", driver.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void readsOnAPhoneWithoutSidewaysScrolling() {
        ChromeDriver phone = Browser.start(390, 844);
        try {
            phone.get(Browser.url(Browser.SITE, "units/fair-shares/index.html"));
            long scrollWidth = (Long) phone.executeScript("return document.documentElement.scrollWidth");
            long viewport = (Long) phone.executeScript("return document.documentElement.clientWidth");
            Browser.screenshot(phone, "unit-fair-shares-phone");
            assertTrue(scrollWidth <= viewport, "page is " + scrollWidth + " px wide on a " + viewport + " px screen");
        } finally {
            phone.quit();
        }
    }

    @Test
    void reportsOpenWithTheirCharts() {
        driver.get(Browser.url(Browser.SITE, "reports/index.html"));
        driver.findElement(By.linkText("Balance")).click();
        assertTrue(driver.findElements(By.cssSelector("svg.bar")).size() >= 4, "balance bars by grade and subject");
        Browser.screenshot(driver, "report-balance");
        driver.get(Browser.url(Browser.SITE, "reports/sequence/index.html"));
        // the 17 student units; professional learning has a report of its own
        assertEquals(17, driver.findElements(By.cssSelector("svg.graph a")).size(), "every student unit is a box in the graph");
    }

    @Test
    void aCurriculumLeaderAnswersTheAlignmentAndAccessQuestionsFromTheSite() {
        // "Which standards do we teach but never assess in grade 3?"
        driver.get(Browser.url(Browser.SITE, "reports/index.html"));
        driver.findElement(By.linkText("Alignment")).click();
        String neverAssessed = driver.findElement(By.id("t-taught-not-assessed")).findElement(By.xpath("..")).getText();
        assertTrue(neverAssessed.contains("3 3.OA.A.2") && neverAssessed.contains("3 3-ESS2-2"), neverAssessed);
        Browser.screenshot(driver, "report-alignment");
        // "Where do we group by readiness too much?"
        driver.get(Browser.url(Browser.SITE, "reports/access/index.html"));
        String flags = String.join("\n", driver.findElements(By.cssSelector("p.flag")).stream().map(WebElement::getText).toList());
        assertEquals("⚑ Grade 3 groups 20% of its small-group minutes by readiness, above 15%.", flags);
        // "Which units need devices?"
        String needs = driver.findElement(By.id("t-needs")).findElement(By.xpath("..")).getText();
        assertTrue(needs.contains("Devices Equal Groups and Arrays") && needs.contains("Devices Weather Watchers"), needs);
        Browser.screenshot(driver, "report-access");
        // "Which professional learning supports this unit?"
        driver.get(Browser.url(Browser.SITE, "units/fair-shares/index.html"));
        driver.findElement(By.linkText("PLC Cycle: Looking at Student Work Together")).click();
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Classrooms this professional learning serves"));
        driver.findElement(By.linkText("Professional learning")).click();
        assertEquals("Professional learning", driver.findElement(By.tagName("h1")).getText());
    }
}
