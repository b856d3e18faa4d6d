package dev.threefold.core.model;

import java.util.Locale;

/** How a teacher forms small groups. */
public enum Strategy {
    HETEROGENEOUS("Mixed (heterogeneous)"),
    READINESS("By readiness"),
    INTEREST("By interest"),
    PARTNERS("Partners"),
    STUDENT_CHOICE("Student choice");

    private final String label;

    Strategy(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
