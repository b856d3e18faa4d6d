package dev.threefold.core.model;

/** A reflection prompt; {@code kind} is null for a plain string. */
public record Prompt(String text, PromptKind kind) {
}
