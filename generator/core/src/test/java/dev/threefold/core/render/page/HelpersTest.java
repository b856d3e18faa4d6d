package dev.threefold.core.render.page;

import dev.threefold.core.model.Standard;
import dev.threefold.core.report.CoverageReport;
import freemarker.core.HTMLOutputFormat;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HelpersTest {

    /** A coverage row's cells, as the page shows them: a check naming the standard, a shaded column, an empty cell. */
    @Test
    void coverageCellsMarkCitationsAndShadeUncitedStandards() throws Exception {
        Standard cited = new Standard("fx", "A.1 <b>", "Fractions", "3");
        CoverageReport.Matrix m = new CoverageReport.Matrix(null, "3", List.of(
                new CoverageReport.Column(cited, 1),
                new CoverageReport.Column(new Standard("fx", "A.2", "Nobody", "3"), 0),
                new CoverageReport.Column(new Standard("fx", "A.3", "Others", "3"), 2)), List.of());
        CoverageReport.Row row = new CoverageReport.Row(null, List.of(true, false, false));

        assertEquals("<td>✓<span class=\"visually-hidden\"> cites A.1 &lt;b&gt;</span></td>"
                        + "<td class=\"uncited\"></td><td></td>",
                HTMLOutputFormat.INSTANCE.getMarkupString(new Helpers().coverageCells(m, row)));
    }

    /** A page title in the printed page's running header: no character of it can close the style or the string. */
    @Test
    void cssStringEscapesEverythingButLettersDigitsAndSpaces() {
        assertEquals("\"Fair \\22 x\\22  \\3c \\2f style\\3e  \\5c  \\b7  3\"",
                new Helpers().cssString("Fair \"x\" </style> \\ · 3"));
    }
}
