package dev.threefold.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of page at 320, 390, 768 and 1366 px: nothing wider than the screen, wide tables in labelled regions. */
class ResponsiveIT extends BrowserTest {

    /**
     * Elements whose right edge is past the screen, outside any box that scrolls sideways by itself:
     * what a reader would have to scroll the page sideways to see, or would not see at all.
     */
    private static final String CUT_OFF = """
            const width = document.documentElement.clientWidth;
            const out = [];
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 || r.right <= width + 1) continue;
              let scroller = e.parentElement, inside = false;
              for (; scroller; scroller = scroller.parentElement) {
                const o = getComputedStyle(scroller).overflowX;
                if (o === 'auto' || o === 'scroll' || o === 'hidden') { inside = true; break; }
              }
              if (!inside) out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '') + ' to ' + Math.round(r.right));
              if (out.length > 5) break;
            }
            return out;""";

    /** Boxes that scroll sideways, and what a keyboard and a screen reader get of them. */
    private static final String SCROLLERS = """
            const out = [];
            for (const e of document.querySelectorAll('main *')) {
              const o = getComputedStyle(e).overflowX;
              if ((o === 'auto' || o === 'scroll') && e.scrollWidth > e.clientWidth + 1) {
                const label = e.getAttribute('aria-labelledby') || e.getAttribute('aria-label') || '';
                out.push({tag: e.tagName, focusable: e.tabIndex >= 0, labelled: label.length > 0, role: e.getAttribute('role') || ''});
              }
            }
            return out;""";

    static Stream<Arguments> pagesAndWidths() {
        List<Arguments> all = new ArrayList<>();
        for (String page : SitePages.ALL) {
            for (int width : SitePages.WIDTHS) {
                all.add(Arguments.of(page, width));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void nothingIsWiderThanTheScreen(String page, int width) {
        Browser.width(driver, width, 900);
        driver.get(Browser.url(Browser.SITE, page));
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        long viewport = (Long) driver.executeScript("return document.documentElement.clientWidth");
        assertTrue(viewport <= width && viewport >= width - 20, "the page is laid out for the screen (less a scroll bar): " + viewport);
        assertTrue(scrollWidth <= viewport, page + " is " + scrollWidth + " px wide on a " + viewport + " px screen");
        assertEquals(List.of(), driver.executeScript(CUT_OFF), page + " at " + width + " px: cut off at the right");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> scrollers = (List<Map<String, Object>>) driver.executeScript(SCROLLERS);
        for (Map<String, Object> s : scrollers) {
            assertEquals(true, s.get("focusable"), page + " at " + width + " px: a box that scrolls sideways takes the keyboard focus " + s);
            assertEquals(true, s.get("labelled"), page + " at " + width + " px: a box that scrolls sideways has a name " + s);
        }
        if (width == 320 || width == 1366) {
            Browser.screenshot(driver, "width-" + SitePages.shotName(page) + "-" + width);
        }
    }

    @Test
    void onAPhoneTheHeaderLeavesTheScreenToTheContent() {
        Browser.width(driver, 390, 844);
        driver.get(Browser.url(Browser.SITE, "units/fair-shares/index.html"));
        int header = driver.findElement(By.cssSelector(".site-header")).getSize().getHeight();
        assertTrue(header <= 130, "the header is " + header + " px tall on a 844 px screen");
    }

    @Test
    void onAPhoneTheSequenceAndReportTablesAreCardsWithTheirColumnNames() {
        Browser.width(driver, 390, 844);
        driver.get(Browser.url(Browser.SITE, "sequence/index.html"));
        WebElement cell = driver.findElement(By.cssSelector("table.sequence td[data-label] a"));
        assertTrue(cell.getRect().getX() + cell.getRect().getWidth() <= 390, "a unit in the sequence is on the screen");
        String label = (String) driver.executeScript(
                "return getComputedStyle(arguments[0].closest('td'), '::before').content", cell);
        assertTrue(label.contains(":"), "each cell says which term it is: " + label);
        Browser.screenshot(driver, "phone-sequence-cards");
        driver.get(Browser.url(Browser.SITE, "reports/balance/index.html"));
        Long widest = (Long) driver.executeScript("return Math.round(Math.max(...Array.from("
                + "document.querySelectorAll('.report-table td'), td => td.getBoundingClientRect().right)))");
        assertTrue(widest <= 390, "every value of the balance table, totals and shares included, is on the screen: " + widest);
        Browser.screenshot(driver, "phone-report-balance");
    }
}
