package dev.threefold.core.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates' {@code <@once key="...">body</@once>}: renders the body the first time a key is
 * met while a site is rendered, and writes the same text every later time. The key must name
 * everything the body shows. The default theme wraps each unit card in it, keyed by the unit and
 * the way back to the site root: a unit is listed on its grades', subject's and tags' pages, so at
 * 10,000 units about 40,000 cards are written but only 10,000 rendered. Thread-safe; one per site.
 */
final class RenderOnce implements TemplateDirectiveModel {

    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (params.size() != 1 || !(params.get("key") instanceof TemplateScalarModel key) || body == null) {
            throw new TemplateModelException("write <@once key=\"...\">...</@once>, with a key naming all the body shows");
        }
        String k = key.getAsString();
        String text = rendered.get(k);
        if (text == null) {
            StringWriter out = new StringWriter();
            body.render(out);
            text = out.toString();
            rendered.putIfAbsent(k, text);
        }
        env.getOut().write(text);
    }
}
