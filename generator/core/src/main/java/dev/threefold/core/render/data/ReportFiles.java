package dev.threefold.core.render.data;

import dev.threefold.core.report.Report;
import dev.threefold.core.report.Table;
import dev.threefold.core.render.data.SafeJson;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The CSV and JSON twins of a report, written from the same tables as its page. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** RFC 4180 CSV with a header row; cells that a spreadsheet would run as a formula are prefixed with '. */
    public static byte[] csv(Table t) {
        StringBuilder sb = new StringBuilder();
        line(sb, t.columns());
        for (List<Object> row : t.rows()) {
            line(sb, row);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvCell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static String csvCell(Object value) {
        String s = String.valueOf(value);
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s; // keeps spreadsheets from evaluating content as a formula
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** {@code {id, title, question, figures: {...}, tables: {id: [ {column: value} ]}}} */
    public static byte[] json(Report r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = SafeJson.generator(out)) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("title", r.title());
            g.writeStringField("question", r.question());
            g.writeObjectFieldStart("figures");
            for (Map.Entry<String, Object> e : r.figures().entrySet()) {
                g.writeFieldName(e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("tables");
            for (Table t : r.tables()) {
                g.writeArrayFieldStart(t.id());
                for (List<Object> row : t.rows()) {
                    g.writeStartObject();
                    for (int i = 0; i < t.columns().size(); i++) {
                        g.writeFieldName(t.columns().get(i));
                        value(g, row.get(i));
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else {
            g.writeString(String.valueOf(v));
        }
    }
}
