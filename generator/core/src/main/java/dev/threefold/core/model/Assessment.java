package dev.threefold.core.model;

import java.util.List;

/** {@code evidence} may be null. */
public record Assessment(Markdown evidence, List<String> successCriteria) {
}
