package dev.threefold.core.model;

public record Norm(String id, String text) {
}
