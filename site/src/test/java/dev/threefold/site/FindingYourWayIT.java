package dev.threefold.site;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A teacher on a 390 px phone finds a unit, jumps to a lesson and moves through the sequence. */
class FindingYourWayIT extends BrowserTest {

    @AfterEach
    void back() {
        Browser.width(driver, 1280, 1000);
    }

    private static void phone() {
        Browser.width(driver, 390, 844);
    }

    private static List<String> titles() {
        return driver.findElements(By.cssSelector("#results .result > a.result-title")).stream().map(WebElement::getText).toList();
    }

    private static void search(String query) {
        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        q.sendKeys(query);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("search-status")).getText().contains("found"));
    }

    private static void waitForSnippets() {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector("#results .result")).stream()
                .allMatch(r -> !r.findElements(By.cssSelector(".hit-link")).isEmpty() || !r.findElements(By.cssSelector(".snippet")).isEmpty()));
    }

    @Test
    void onAPhoneATeacherFindsAUnitByTermByGradeAndByItsTeacherNotesThenJumpsToItsSecondLesson() {
        phone();
        driver.get(Browser.url(Browser.SITE, "index.html"));
        driver.findElement(By.id("site-q")).sendKeys("Winter", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !titles().isEmpty());
        assertTrue(titles().contains("Fair Shares"), "Winter: " + titles());
        Browser.screenshot(driver, "phone-search-winter");

        search("grade 3");
        assertEquals("3", new Select(driver.findElement(By.id("facet-grade"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(titles().contains("Fair Shares"), "grade 3: " + titles());
        for (WebElement meta : driver.findElements(By.cssSelector("#results .result .meta"))) {
            assertTrue(meta.getText().contains("3"), "only grade 3 units: " + meta.getText());
        }
        driver.findElement(By.id("q")).clear();
        new Select(driver.findElement(By.id("facet-grade"))).selectByValue("");

        // "divisible" is only in Fair Shares' teacher notes
        search("divisible");
        assertEquals(List.of("Fair Shares"), titles());
        waitForSnippets();
        WebElement where = driver.findElement(By.cssSelector("#results .hit-link"));
        assertEquals("Matched in Teacher notes", where.getText());
        assertEquals("divisible", driver.findElement(By.cssSelector("#results .snippet mark")).getText().toLowerCase(Locale.ROOT));
        Browser.screenshot(driver, "phone-search-teacher-notes");

        driver.findElement(By.cssSelector("#results a.result-title")).click();
        assertEquals("Fair Shares", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.cssSelector(".toc a[href='#lesson-2']")).click();
        assertTrue(driver.getCurrentUrl().endsWith("#lesson-2"), driver.getCurrentUrl());
        WebElement lesson = driver.findElement(By.id("lesson-2"));
        long top = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().top", lesson)).longValue();
        assertTrue(top >= 0 && top < 100, "the second lesson is at the top of the screen: " + top);
        assertTrue(lesson.getText().contains("More Friends, Smaller Shares"));
        Browser.screenshot(driver, "phone-unit-lesson-2");
    }

    @Test
    void searchMatchesWordsNotLookalikes() {
        driver.get(Browser.url(Browser.SITE, "search/index.html"));
        search("fraction");
        waitForSnippets();
        List<WebElement> results = driver.findElements(By.cssSelector("#results .result"));
        assertFalse(results.isEmpty());
        for (WebElement r : results) {
            List<String> marks = r.findElements(By.tagName("mark")).stream().map(m -> m.getText().toLowerCase(Locale.ROOT)).toList();
            assertFalse(marks.isEmpty(), "each result shows where it matched: " + r.getText());
            assertTrue(marks.stream().allMatch(m -> m.startsWith("fraction")), "fraction finds fraction(s), never reaction or function: " + marks);
        }
        Browser.screenshot(driver, "search-fraction");
        search("Cutter");
        assertEquals(List.of("Fair Shares"), titles(), "Cutter is a role in Fair Shares; butter is another word");
        search("fracton");
        assertTrue(titles().contains("Fair Shares"), "a typo in a word that matches nothing still finds it: " + titles());
        for (String word : List.of("Mathematics", "heterogeneous", "kindergarten")) {
            search(word);
            assertFalse(titles().isEmpty(), word + " finds units");
        }
    }

    @Test
    void searchResultsLinkToTheLessonThatMatchedAndFacetsNarrowThem() {
        driver.get(Browser.url(Browser.SITE, "search/index.html?q=predict"));
        String status = driver.findElement(By.id("search-status")).getText();
        Browser.screenshot(driver, "search-predict");
        assertTrue(status.contains("found") && !titles().isEmpty(), "the query in the address is searched: " + status);
        waitForSnippets();
        WebElement link = driver.findElement(By.cssSelector("#results .hit-link"));
        assertTrue(link.getAttribute("href").matches(".*units/[a-z0-9-]+/index\\.html#(lesson-\\d+(-activity-\\d+)?|provocation)"), link.getAttribute("href"));
        new Select(driver.findElement(By.id("facet-subject"))).selectByVisibleText("Science");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("subject=Science"));
        for (WebElement meta : driver.findElements(By.cssSelector("#results .result .meta"))) {
            assertTrue(meta.getText().contains("Science"), meta.getText());
        }
        search("zzzqqq");
        assertTrue(driver.findElement(By.id("no-match")).isDisplayed(), "no results say so");
        driver.findElement(By.id("clear-search")).click();
        assertEquals("", driver.findElement(By.id("q")).getAttribute("value"));
        assertFalse(driver.findElement(By.id("no-match")).isDisplayed());
    }

    @Test
    void slashMovesToTheSearchBox() {
        driver.get(Browser.url(Browser.SITE, "units/fair-shares/index.html"));
        driver.findElement(By.tagName("body")).sendKeys("/");
        assertEquals("site-q", driver.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void aUnitPageHasContentsAnchorsNeighboursAndAPrintButton() {
        driver.get(Browser.url(Browser.SITE, "units/fair-shares/index.html"));
        List<String> contents = driver.findElements(By.cssSelector(".toc a")).stream().map(a -> a.getAttribute("href").replaceAll(".*#", "")).toList();
        assertTrue(contents.containsAll(List.of("provocation", "lesson-1", "lesson-2", "lesson-3")), contents.toString());
        WebElement toc = driver.findElement(By.cssSelector(".toc"));
        WebElement body = driver.findElement(By.cssSelector(".unit-body"));
        assertTrue(toc.getRect().getX() > body.getRect().getX() + body.getRect().getWidth() - 1, "the contents sit beside the text on a wide screen");
        WebElement activity = driver.findElement(By.id("lesson-2-activity-3"));
        assertTrue(activity.getText().contains("Letter to Jonah"));
        assertEquals("#lesson-2-activity-3", activity.findElement(By.cssSelector("a.anchor")).getAttribute("hash"));
        WebElement prev = driver.findElement(By.cssSelector(".pager a[rel=prev]"));
        WebElement next = driver.findElement(By.cssSelector(".pager a[rel=next]"));
        assertTrue(prev.getText().contains("Equal Groups and Arrays"), prev.getText());
        assertTrue(next.getText().contains("Fractions on a Line"), next.getText());
        assertTrue(driver.findElement(By.cssSelector("button[data-print]")).isDisplayed(), "a print button");
        next.click();
        assertEquals("Fractions on a Line", driver.findElement(By.tagName("h1")).getText());
        Browser.screenshot(driver, "unit-contents-desktop");
    }

    @Test
    void aFilterIsKeptInTheAddressThroughBackAndReload() {
        driver.get(Browser.url(Browser.SITE, "grades/3/index.html"));
        List<WebElement> cards = driver.findElements(By.cssSelector(".unit-card"));
        new Select(driver.findElement(By.cssSelector("select[data-filter=subject]"))).selectByVisibleText("Science");
        assertTrue(driver.getCurrentUrl().contains("subject=Science"), driver.getCurrentUrl());
        long shown = cards.stream().filter(WebElement::isDisplayed).count();
        driver.findElement(By.linkText("Weather Watchers")).click();
        driver.navigate().back();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("unit-count")).getText().contains("shown"));
        assertEquals("Science", new Select(driver.findElement(By.cssSelector("select[data-filter=subject]"))).getFirstSelectedOption().getText());
        assertEquals(shown, driver.findElements(By.cssSelector(".unit-card")).stream().filter(WebElement::isDisplayed).count(),
                "after Back the list matches the filter it shows");
        driver.navigate().refresh();
        assertEquals("Science", new Select(driver.findElement(By.cssSelector("select[data-filter=subject]"))).getFirstSelectedOption().getText());
        assertEquals(shown, driver.findElements(By.cssSelector(".unit-card")).stream().filter(WebElement::isDisplayed).count());
    }

    @Test
    void filterChoicesFollowTheCurriculumAndSayWhenNothingMatches() {
        driver.get(Browser.url(Browser.SITE, "subjects/mathematics/index.html"));
        List<String> grades = new Select(driver.findElement(By.cssSelector("select[data-filter=grade]"))).getOptions().stream()
                .map(WebElement::getText).filter(t -> !t.equals("All")).toList();
        assertEquals(List.of("2", "3", "4", "5"), grades.stream().filter(g -> List.of("2", "3", "4", "5").contains(g)).toList());
        List<String> terms = new Select(driver.findElement(By.cssSelector("select[data-filter=term]"))).getOptions().stream()
                .map(WebElement::getText).filter(t -> !t.equals("All")).toList();
        assertEquals(List.of("Fall", "Winter", "Spring"), terms, "terms in the curriculum's order");
        String standard = new Select(driver.findElement(By.cssSelector("select[data-filter=standards]"))).getOptions().get(1).getText();
        assertTrue(standard.matches("\\S+ — \\S.*"), "a standard shows its code and statement: " + standard);
        new Select(driver.findElement(By.cssSelector("select[data-filter=grade]"))).selectByVisibleText("2");
        new Select(driver.findElement(By.cssSelector("select[data-filter=term]"))).selectByVisibleText("Spring");
        // grade 2 has no mathematics unit in spring
        WebElement none = driver.findElement(By.id("no-units"));
        assertTrue(driver.findElements(By.cssSelector(".unit-card")).stream().noneMatch(WebElement::isDisplayed));
        assertTrue(none.isDisplayed(), "an empty list says so");
        Browser.screenshot(driver, "filters-no-match");
        none.findElement(By.tagName("button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector(".unit-card")).stream().allMatch(WebElement::isDisplayed));
        assertFalse(none.isDisplayed());
    }
}
