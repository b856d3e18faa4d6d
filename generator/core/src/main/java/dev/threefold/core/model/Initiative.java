package dev.threefold.core.model;

public record Initiative(String id, String title, Markdown description) {
}
