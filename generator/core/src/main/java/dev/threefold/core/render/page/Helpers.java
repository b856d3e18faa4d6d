package dev.threefold.core.render.page;

import dev.threefold.core.markdown.PlainText;
import dev.threefold.core.model.Grades;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.Markdown;
import dev.threefold.core.model.Unit;
import dev.threefold.core.report.CoverageReport;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

import java.util.List;

/** Small computations templates need, so templates hold no arithmetic. */
public final class Helpers {

    public Balance balance(Unit u) {
        return Balance.of(u);
    }

    /** A markdown field as plain text, for a meta description: see {@link PlainText}. */
    public String plainText(Markdown m) {
        return PlainText.of(m);
    }

    public List<Dimension> dimensions() {
        return List.of(Dimension.values());
    }

    /** "1 h 35 min" for 95. */
    public String duration(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    /** Grades as a label: "Grade 3", "Grades 3–5", "Grades K, 2". */
    public String grades(List<String> grades) {
        return Grades.label(grades);
    }

    /**
     * {@code text} as a quoted CSS string in which every character but ASCII letters, digits and
     * spaces is a hex escape: safe inside a {@code <style>} element whatever the text holds.
     */
    public String cssString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8).append('"');
        text.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ') {
                out.append((char) c);
            } else {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return out.append('"').toString();
    }

    public String gradeLabel(String grade) {
        return Grades.label(grade);
    }

    /**
     * The cells of one row of a coverage matrix, as markup: a check where the unit cites the
     * column's standard (its code for screen readers), a shaded cell under a standard no unit
     * cites, else an empty one. Written here rather than in the template: at 10,000 units the
     * matrices hold a million cells, which took 0.7 s through Freemarker's loop and 10 ms here.
     */
    public TemplateHTMLOutputModel coverageCells(CoverageReport.Matrix m, CoverageReport.Row r) throws TemplateModelException {
        HTMLOutputFormat html = HTMLOutputFormat.INSTANCE;
        List<Boolean> cites = r.cites();
        StringBuilder cells = new StringBuilder(cites.size() * 10);
        for (int i = 0; i < cites.size(); i++) {
            CoverageReport.Column column = m.columns().get(i);
            if (cites.get(i)) {
                cells.append("<td>\u2713<span class=\"visually-hidden\"> cites ")
                        .append(html.escapePlainText(column.standard().code())).append("</span></td>");
            } else if (column.uncited()) {
                cells.append("<td class=\"uncited\"></td>");
            } else {
                cells.append("<td></td>");
            }
        }
        return html.fromMarkup(cells.toString());
    }
}
