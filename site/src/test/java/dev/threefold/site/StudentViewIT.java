package dev.threefold.site;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The student view: every activity the class does, the words written for the class, a projector mode, a handout. */
class StudentViewIT extends BrowserTest {

    @Test
    void showsEveryActivityInOrderWithTheStudentTextAndNothingWrittenForTheTeacher() {
        driver.get(Browser.url(Browser.SITE, "student/fair-shares/index.html"));
        List<String> tasks = driver.findElements(By.cssSelector(".task-title")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("The Birthday Brownies", "Fair or not fair?", "Sharing stations", "My fairest share",
                "Back to Jonah's party", "Share-the-whole card game", "Letter to Jonah", "How much did I eat?",
                "Fraction build-it", "Fraction self-check"), tasks, "every activity, whole class and on your own too, in order");
        String text = driver.findElement(By.tagName("main")).getText();
        assertTrue(text.contains("Write Jonah a short letter"), "an activity's student_text is shown");
        assertFalse(text.contains("Let the class argue"), "a description written for the teacher is not");
        assertFalse(text.contains("Each child writes Jonah a short note"), "the description is replaced, not added to");
        assertFalse(text.contains("Teacher notes") || text.contains("Resist writing"), "no teacher notes");
        assertTrue(text.contains("Choose your way in") && text.contains("Predict first"), "entry points");
        assertFalse(driver.findElements(By.cssSelector(".role-cards li")).isEmpty(), "group roles as cards");
        assertTrue(text.contains("Read your letter to Jonah again"), "the prompts");
        Browser.screenshot(driver, "student-complete");
    }

    @Test
    void projectorModeShowsOneLessonPerScreenAndMovesWithTheArrowKeys() {
        driver.get(Browser.url(Browser.SITE, "student/fair-shares/index.html"));
        driver.findElement(By.cssSelector("button[data-project]")).click();
        assertEquals(1, visibleSlides().size(), "one slide at a time");
        assertTrue(visibleSlides().get(0).getText().contains("The Birthday Brownies"));
        assertFalse(driver.findElement(By.cssSelector(".site-header")).isDisplayed(), "nothing but the lesson on the screen");
        double size = Double.parseDouble(driver.findElement(By.tagName("body")).getCssValue("font-size").replace("px", ""));
        assertTrue(size >= 20, "large type: " + size);
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertTrue(visibleSlides().get(0).getText().contains("Is It Fair?"), visibleSlides().get(0).getText());
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertTrue(visibleSlides().get(0).getText().contains("More Friends, Smaller Shares"));
        Browser.screenshot(driver, "student-projector-lesson-2");
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
        assertTrue(visibleSlides().get(0).getText().contains("Is It Fair?"));
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertTrue(visibleSlides().size() > 3, "Escape shows the whole view again");
        assertTrue(driver.findElement(By.cssSelector(".site-header")).isDisplayed());
    }

    private static List<WebElement> visibleSlides() {
        return driver.findElements(By.cssSelector(".slide")).stream().filter(WebElement::isDisplayed).toList();
    }

    @Test
    void printsAsAHandoutWithNothingCutOff() throws Exception {
        Browser.width(driver, 390, 844);
        try {
            driver.get(Browser.url(Browser.SITE, "student/fair-shares/index.html"));
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertFalse(driver.findElement(By.cssSelector(".site-header")).isDisplayed(), "no navigation on paper");
            assertFalse(driver.findElement(By.cssSelector("button[data-project]")).isDisplayed(), "no buttons on paper");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
            byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.write(Browser.SCREENSHOTS.resolve("student-fair-shares-handout.pdf"), bytes);
            assertTrue(bytes.length > 10_000 && new String(bytes, 0, 5).equals("%PDF-"));
            String raw = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            int pages = raw.split("/Type\\s*/Page[^s]").length - 1;
            assertTrue(pages >= 3, "each lesson starts a page: " + pages + " pages");
        } finally {
            Browser.width(driver, 1280, 1000);
        }
    }
}
