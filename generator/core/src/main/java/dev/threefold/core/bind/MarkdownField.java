package dev.threefold.core.bind;

import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.diag.Position;
import dev.threefold.core.model.Markdown;
import dev.threefold.core.model.Ref;
import dev.threefold.core.markdown.MarkdownRenderer;

import java.util.List;
import java.util.Set;

/**
 * Renders the markdown fields of one file for one kind of page, turning link
 * problems into diagnostics at the field and collecting {@code unit:} links.
 */
final class MarkdownField {

    private final MarkdownRenderer renderer;
    private final MarkdownRenderer.Context context;
    private final List<Ref> unitLinks;

    MarkdownField(MarkdownRenderer renderer, String sourcePath, String pageRoot, Set<String> assets, List<Ref> unitLinks) {
        this.renderer = renderer;
        this.context = new MarkdownRenderer.Context(sourcePath, pageRoot, assets);
        this.unitLinks = unitLinks;
    }

    /** The key's markdown, or null when absent or not a string. */
    Markdown read(Fields f, String key, boolean required) {
        String source = f.string(key, required);
        return source == null ? null : render(source, f.at(key), f.join(key), f.diagnostics());
    }

    Markdown render(String source, Position at, String keyPath, Diagnostics diagnostics) {
        MarkdownRenderer.Result r = renderer.render(source, context);
        for (MarkdownRenderer.Problem p : r.problems()) {
            if (p.warning()) {
                diagnostics.warning(p.code(), at, keyPath, p.message(), p.hint());
            } else {
                diagnostics.error(p.code(), at, keyPath, p.message(), p.hint());
            }
        }
        for (String id : r.unitLinks()) {
            unitLinks.add(new Ref(id, at, keyPath));
        }
        return new Markdown(source, r.html());
    }
}
