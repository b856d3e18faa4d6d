package dev.threefold.core.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a balance warning states the share it found against the bound it breaks. */
class PedagogyTest {

    private static Pedagogy.Violation violation(Dimension d, int minutes, int total, Share rule) {
        return new Pedagogy.Violation(d, minutes, total, (double) minutes / total, rule);
    }

    @Test
    void aShareFarFromItsBoundIsAWholePercent() {
        assertEquals("collective 33% (at least 50%)", violation(Dimension.COLLECTIVE, 10, 30, new Share(0.5, 1)).describe());
        assertEquals("small_group 70% (at most 45%)", violation(Dimension.SMALL_GROUP, 70, 100, new Share(0, 0.45)).describe());
    }

    @Test
    void aShareThatRoundsToItsBoundShowsTheDecimalThatBreaksIt() {
        // 46 of 102 minutes is 45.1%: "45% (at most 45%)" would read as no problem at all.
        assertEquals("small_group 45.1% (at most 45%)", violation(Dimension.SMALL_GROUP, 46, 102, new Share(0, 0.45)).describe());
        // 149 of 1000 is 14.9%, which rounds up to the 15% it falls short of.
        assertEquals("inner_dialogue 14.9% (at least 15%)", violation(Dimension.INNER_DIALOGUE, 149, 1000, Share.DEFAULT).describe());
        assertEquals("45.1%", violation(Dimension.SMALL_GROUP, 46, 102, new Share(0, 0.45)).sharePercent());
    }

    @Test
    void aBoundIsWrittenAsExactlyAsTheCurriculumGivesIt() {
        // max 0.333 is "33.3%", not "33%"; 34 of 100 minutes breaks it.
        assertEquals("collective 34% (at most 33.3%)", violation(Dimension.COLLECTIVE, 34, 100, new Share(0, 0.333)).describe());
        // 0.455 is "45.5%", not a rounded "46%" that the share would seem to keep.
        assertEquals("small_group 45.6% (at most 45.5%)", violation(Dimension.SMALL_GROUP, 456, 1000, new Share(0, 0.455)).describe());
    }
}
