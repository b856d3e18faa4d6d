package dev.threefold.core.model;

import java.util.Locale;

/** Who a unit is for: a class of students, or teachers in professional learning. */
public enum Audience {
    STUDENTS("Students"), EDUCATORS("Educators");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
