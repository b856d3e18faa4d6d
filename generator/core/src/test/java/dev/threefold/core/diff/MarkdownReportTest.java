package dev.threefold.core.diff;

import dev.threefold.core.check.Checked;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Markdown a pull request shows: short by default, never over GitHub's limit, and it says what it left out. */
class MarkdownReportTest {

    private static ChangeReport big(int units, int changesEach) {
        Side side = new Side("main", new Checked(null, List.of(), List.of(), null, List.of()), List.of(), "", null);
        List<UnitChanges> all = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            List<Change> changes = new ArrayList<>();
            changes.add(new Change("standard added: 'm:A." + u + "'", Change.Level.MAJOR, Rules.STANDARDS));
            for (int c = 1; c < changesEach; c++) {
                changes.add(new Change("Lesson " + c + ", 'Fold in groups': 25 → " + c + " minutes", Change.Level.MINOR, Rules.MINUTES));
            }
            all.add(new UnitChanges("unit-" + u, "Unit " + u, "changed", "units/u" + u + ".yaml", "units/u" + u + ".yaml", changes));
        }
        return new ChangeReport(side, side, List.of(new Section("added", "Units added", List.of())), all);
    }

    @Test
    void theShortFormShowsEveryMajorChangeOfTheUnitsItShowsAndSaysWhatItLeftOut() {
        String md = MarkdownReport.of(big(40, 12), false);
        assertTrue(md.contains("**Unit 0** (`unit-0`"), md);
        assertTrue(md.contains("- … and 6 more minor change(s)"), md);
        assertFalse(md.contains("**Unit 39**"), "25 units at most in the short form");
        assertTrue(md.contains("**Left out** of this summary: 15 changed unit(s), 330 change(s)"), md);
        assertTrue(md.contains("`--full`"), md);
    }

    @Test
    void theFullFormStaysUnderTheLimitAndSaysWhatItLeftOut() {
        String md = MarkdownReport.of(big(3_000, 20), true);
        assertTrue(md.length() <= MarkdownReport.LIMIT, "length " + md.length());
        assertTrue(md.contains("**Left out** of this summary: "), md.substring(md.length() - 600));
        assertTrue(md.contains("the JSON report has everything"), md.substring(md.length() - 600));
        assertTrue(md.contains("- minor Lesson 19, 'Fold in groups': 25 → 19 minutes"), "complete per unit when --full");
    }

    @Test
    void contentTextCannotBecomeMarkupOrAMention() {
        assertTrue(MarkdownReport.escape("<script>*bold* [x](y) @team").equals("\\<script\\>\\*bold\\* \\[x\\](y) @\u200Bteam"),
                MarkdownReport.escape("<script>*bold* [x](y) @team"));
    }
}
