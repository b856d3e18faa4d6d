package dev.threefold.core.render.page;

import dev.threefold.core.model.Unit;
import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates' {@code <@once key="...">body</@once>}: renders the body the first time a key is
 * met while a site is rendered, and writes the same text every later time. The key must name
 * everything the body shows. The default theme wraps each unit card in it, keyed by the unit and
 * the way back to the site root: a unit is listed on its grades', subject's and tags' pages, so
 * each card is rendered once and written several times. Thread-safe; one per site.
 */
final class RenderOnce implements TemplateDirectiveModel {

    /** Pieces by key: a page's output takes their UTF-8 as it is. */
    private final Map<String, Piece> rendered = new ConcurrentHashMap<>();

    /**
     * A piece as rendered, with what it read of the index while it rendered, or null when nothing
     * was recording: a page that takes the piece read that too ({@link Reads}), though it did not
     * render it.
     */
    private record Piece(byte[] text, Reads reads) {
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        Object unit = params.containsKey("unit") ? DeepUnwrap.unwrap((TemplateModel) params.get("unit")) : null;
        if (!(params.get("key") instanceof TemplateScalarModel key) || body == null
                || params.size() != (params.containsKey("unit") ? 2 : 1) || (unit != null && !(unit instanceof Unit))) {
            throw new TemplateModelException("write <@once key=\"...\">...</@once>, with a key naming all the body shows,"
                    + " or <@once key=\"...\" unit=u>...</@once> for a body showing only unit u");
        }
        String k = key.getAsString();
        Piece piece = rendered.get(k);
        Reads reading = Reads.current();
        if (piece == null) {
            Reads own = reading == null ? null : new Reads();
            StringWriter out = new StringWriter();
            Reads.replaceCurrent(own);
            try {
                body.render(out);
            } finally {
                Reads.replaceCurrent(reading);
            }
            piece = new Piece(out.toString().getBytes(StandardCharsets.UTF_8), own);
            rendered.putIfAbsent(k, piece);
        }
        if (reading != null && piece.reads() != null) {
            reading.addAll(piece.reads());
        }
        byte[] text = piece.text();
        if (env.getOut() instanceof Utf8Output page) {
            page.writeUtf8(text);
        } else { // output captured by the template, e.g. into a variable
            env.getOut().write(new String(text, StandardCharsets.UTF_8));
        }
    }
}
