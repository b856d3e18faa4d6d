package dev.threefold.core.model;

import java.util.Locale;

/** The three dimensions a unit keeps in balance. */
public enum Dimension {
    COLLECTIVE("Collective", "Whole class"),
    SMALL_GROUP("Small group", "Groups and partners"),
    INNER_DIALOGUE("Inner dialogue", "Each learner's own voice");

    private final String label;
    private final String gloss;

    Dimension(String label, String gloss) {
        this.label = label;
        this.gloss = gloss;
    }

    /** The value written in YAML, e.g. {@code small_group}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** CSS-friendly form, e.g. {@code small-group}. */
    public String slug() {
        return id().replace('_', '-');
    }

    public String label() {
        return label;
    }

    public String gloss() {
        return gloss;
    }
}
