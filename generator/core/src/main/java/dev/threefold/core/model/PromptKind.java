package dev.threefold.core.model;

import java.util.Locale;

/** The form a reflection prompt takes. */
public enum PromptKind {
    EXIT_TICKET("Exit ticket"),
    JOURNAL("Journal"),
    CONFERENCE("Conference"),
    SELF_ASSESSMENT("Self-assessment"),
    PEER_FEEDBACK("Peer feedback");

    private final String label;

    PromptKind(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
