package dev.threefold.core.model;

import java.util.List;
import java.util.Map;

/** curriculum.yaml: one per site. Optional text fields, and {@code repository}, are null when absent. */
public record Curriculum(String title, Markdown description, String language, Markdown vision,
                         List<Norm> norms, List<Initiative> initiatives, List<String> grades,
                         List<String> subjects, List<String> terms, Map<Dimension, Share> balance,
                         Repository repository, Equity equity) {

    public Share balanceFor(Dimension d) {
        return balance.getOrDefault(d, Share.DEFAULT);
    }
}
