package dev.threefold.core.report;

import dev.threefold.core.index.SiteIndex;

import java.util.List;

/** Every curriculum report, in the order the reports index lists them. */
public final class Reports {

    private Reports() {
    }

    public static List<Report> all(SiteIndex index) {
        return List.of(
                BalanceReport.of(index),
                CoverageReport.of(index),
                DifferentiationReport.of(index),
                ReflectionReport.of(index),
                SequenceReport.of(index));
    }
}
