package dev.threefold.core.report;

import java.util.List;

/**
 * One table of a report: the same rows become an HTML table, a CSV file and
 * a JSON array, so the three always agree. Cells are String, Number or {@link Link}.
 *
 * @param id    file name of its CSV, e.g. {@code units} → {@code units.csv}
 */
public record Table(String id, String title, String description, List<String> columns, List<List<Object>> rows) {

    /** A cell that links to a page of the site; its text is what CSV and JSON show. */
    public record Link(String text, String url) {
        @Override
        public String toString() {
            return text;
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
