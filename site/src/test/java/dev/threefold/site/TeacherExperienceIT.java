package dev.threefold.site;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search, filters, the student view, print and metadata, in a real browser from file://. */
class TeacherExperienceIT extends BrowserTest {

    private static List<String> resultTitles() {
        return driver.findElements(By.cssSelector("#results .result > a.result-title")).stream().map(WebElement::getText).toList();
    }

    @Test
    void searchFindsAUnitByAWordFromOneOfItsEntryPoints() {
        // "Predict first" is an entry point of a small-group task in Fair Shares only
        driver.get(Browser.url(Browser.SITE, "index.html"));
        WebElement box = driver.findElement(By.id("site-q"));
        box.sendKeys("predict first", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !resultTitles().isEmpty());
        assertTrue(resultTitles().contains("Fair Shares"), resultTitles().toString());
        Browser.screenshot(driver, "search-predict-first");
        // results update as you type
        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        q.sendKeys("habita");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !resultTitles().isEmpty() && !resultTitles().contains("Fair Shares"));
        assertTrue(resultTitles().contains("Who Can Live Here? Survival in a Habitat"), resultTitles().toString());
        driver.findElement(By.cssSelector("#results .result > a.result-title")).click();
        assertFalse(driver.findElement(By.tagName("h1")).getText().isEmpty());
    }

    @Test
    void aFilterNarrowsAList() {
        driver.get(Browser.url(Browser.SITE, "grades/3/index.html"));
        List<WebElement> cards = driver.findElements(By.cssSelector(".unit-card"));
        new Select(driver.findElement(By.cssSelector("select[data-filter=subject]"))).selectByVisibleText("Science");
        long shown = cards.stream().filter(WebElement::isDisplayed).count();
        assertTrue(shown > 0 && shown < cards.size(), shown + " of " + cards.size());
        assertTrue(driver.findElement(By.id("unit-count")).getText().startsWith(shown + " units shown of " + cards.size()));
        for (WebElement card : cards) {
            if (card.isDisplayed()) {
                assertTrue(card.findElement(By.cssSelector(".meta")).getText().contains("Science"));
            }
        }
        Browser.screenshot(driver, "grade-3-filtered-science");
        driver.findElement(By.cssSelector("#filters button[type=reset]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> cards.stream().allMatch(WebElement::isDisplayed));
    }

    @Test
    void theStudentViewHidesTeacherNotesAndShowsTasks() {
        driver.get(Browser.url(Browser.SITE, "units/fair-shares/index.html"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Teacher notes"));
        driver.findElement(By.linkText("Student view")).click();
        String text = driver.findElement(By.tagName("main")).getText();
        assertFalse(text.contains("Teacher notes"), "teacher notes are not for the class");
        assertFalse(text.contains("For the teacher's own reflection"));
        assertTrue(text.contains("Choose your way in"));
        assertFalse(driver.findElements(By.cssSelector(".role-cards li")).isEmpty(), "group roles as cards");
        Browser.screenshot(driver, "student-fair-shares");
    }

    @Test
    void theStudentViewPrintsWithoutNavigation() throws Exception {
        driver.get(Browser.url(Browser.SITE, "student/fair-shares/index.html"));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(driver.findElement(By.cssSelector(".site-header")).isDisplayed(), "no navigation on paper");
        assertTrue(driver.findElement(By.tagName("h1")).isDisplayed());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(Browser.SCREENSHOTS.resolve("student-fair-shares.pdf"), bytes);
        assertTrue(bytes.length > 10_000 && new String(bytes, 0, 5).equals("%PDF-"));
    }

    @Test
    void aUnitPageCarriesLearningResourceMetadata() {
        driver.get(Browser.url(Browser.SITE, "units/fractions-on-a-line/index.html"));
        @SuppressWarnings("unchecked")
        Map<String, Object> ld = (Map<String, Object>) driver.executeScript(
                "return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)");
        assertEquals("LearningResource", ld.get("@type"));
        assertEquals("Fractions on a Line", ld.get("name"));
        assertEquals("PT2H27M", ld.get("timeRequired"));
        assertEquals("en", ld.get("inLanguage"));
        assertTrue(ld.get("educationalAlignment").toString().contains("3.NF.A.2"));
    }

    @Test
    void theSiteWorksFromASubPath() throws Exception {
        // every link is relative: a copy of the site one folder deeper still navigates
        Path copy = Files.createTempDirectory("subpath").resolve("curricula/riverbend");
        Files.createDirectories(copy.getParent());
        Browser.copyTree(Browser.SITE, copy);
        driver.get(Browser.url(copy, "index.html"));
        driver.findElement(By.partialLinkText("Mathematics")).click();
        driver.findElement(By.linkText("Fair Shares")).click();
        assertEquals("Fair Shares", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.cssSelector("svg.balance-bar")).isDisplayed());
    }
}
