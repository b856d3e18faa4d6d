package dev.threefold.core.render.page;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateMethodModelEx;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RenderOnceTest {

    private static String render(String template, Map<String, Object> model) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        StringWriter out = new StringWriter();
        new Template("t.ftlh", new StringReader(template), cfg).process(model, out);
        return out.toString();
    }

    @Test
    void aBodyIsRenderedOncePerKeyAndWrittenEveryTime() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TemplateMethodModelEx next = args -> calls.incrementAndGet();
        RenderOnce once = new RenderOnce();
        Map<String, Object> model = Map.of("once", once, "next", next);
        String page = "<#list ['a', 'b', 'a'] as k>[<@once key=k>${k}${next()}</@once>]</#list>";
        assertEquals("[a1][b2][a1]", render(page, model));
        assertEquals("[a1][b2][a1]", render(page, model), "a second page of the same site reuses both");
        assertEquals(2, calls.get());
    }

    @Test
    void aMissingKeyIsATemplateError() {
        assertThrows(Exception.class, () -> render("<@once>x</@once>", Map.of("once", new RenderOnce())));
    }
}
