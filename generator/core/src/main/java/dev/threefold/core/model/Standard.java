package dev.threefold.core.model;

/** One standard; {@code grade} is null when the framework gives none. */
public record Standard(String framework, String code, String description, String grade) {

    /** How units cite it: {@code framework:code}. */
    public String key() {
        return framework + ":" + code;
    }
}
