package dev.threefold.core.model;

import java.util.Locale;

/** What an activity depends on beyond the classroom's usual materials, which not every learner has. */
public enum Need {
    DEVICES("Devices"), INTERNET("Internet"), HOME_ACCESS("Home access"), PRINTING("Printing");

    private final String label;

    Need(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
