package dev.threefold.core.model;

/** A language or access support of an activity: who it is for (e.g. "English learners") and what it is. */
public record Support(String forWhom, Markdown description) {
}
