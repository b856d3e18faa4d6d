package dev.threefold.core.model;

import java.util.List;

/**
 * {@code evidence} may be null.
 *
 * @param standards the standards ({@code framework:code}) the assessment gathers evidence of; empty when not given
 */
public record Assessment(Markdown evidence, List<String> successCriteria, List<Ref> standards) {
}
