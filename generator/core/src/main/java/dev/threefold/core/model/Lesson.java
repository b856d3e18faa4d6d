package dev.threefold.core.model;

import dev.threefold.core.diag.Position;

import java.util.List;

public record Lesson(String title, List<String> objectives, List<Activity> activities,
                     List<Prompt> reflectionPrompts, Position at, String keyPath) {

    public int minutes() {
        return activities.stream().mapToInt(Activity::minutes).sum();
    }
}
