package dev.threefold.core.report;

import dev.threefold.core.index.SiteIndex;

import java.util.List;
import java.util.function.Function;

/** Every curriculum report, in the order the reports index lists them. */
public final class Reports {

    private Reports() {
    }

    /** How each report is made from the site's index, in order: each can be made on a core of its own. */
    public static final List<Function<SiteIndex, Report>> MAKERS = List.of(
            BalanceReport::of,
            CoverageReport::of,
            DifferentiationReport::of,
            ReflectionReport::of,
            SequenceReport::of,
            AlignmentReport::of,
            AccessReport::of,
            NormsReport::of,
            LearningReport::of);

    public static List<Report> all(SiteIndex index) {
        return MAKERS.stream().map(m -> m.apply(index)).toList();
    }
}
