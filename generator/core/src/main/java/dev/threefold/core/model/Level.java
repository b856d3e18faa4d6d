package dev.threefold.core.model;

import java.util.Locale;

/** How an entry point pitches a shared task. */
public enum Level {
    SUPPORT, CORE, EXTENSION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return id().substring(0, 1).toUpperCase(Locale.ROOT) + id().substring(1);
    }
}
