package dev.threefold.core.model;

import java.util.List;

/**
 * How a small-group activity is grouped. {@code size} is the text as written
 * ("4" or "3-4"), {@code minSize}/{@code maxSize} its bounds. {@code strategy} may be null.
 */
public record Grouping(String size, int minSize, int maxSize, Strategy strategy, List<Role> roles) {
}
