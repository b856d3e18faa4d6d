package dev.threefold.core.report;

import java.util.List;
import java.util.Map;

/**
 * A curriculum report: headline figures, tables, and chart data for its page.
 *
 * @param id      folder under {@code reports/}, e.g. {@code balance}
 * @param figures headline numbers in display order (label → value)
 * @param charts  values only the HTML page draws (e.g. balances by grade); never in CSV/JSON
 */
public record Report(String id, String title, String question, Map<String, Object> figures, List<Table> tables,
                     Map<String, Object> charts) {

    public String url() {
        return "reports/" + id + "/index.html";
    }

    public String jsonUrl() {
        return "reports/" + id + "/report.json";
    }

    public String csvUrl(Table t) {
        return "reports/" + id + "/" + t.id() + ".csv";
    }
}
