package dev.threefold.core.render;

import dev.threefold.core.render.page.SiteRenderer;

/**
 * Where a {@link SitePlan} gets each page's bytes: rendered now (a one-shot build), or, in the
 * live site of the preview and of a watched build, kept from the last site when nothing the page
 * read has changed since (see {@link dev.threefold.core.render.page.Reads}).
 */
public interface PageMemory {

    /** Renders every page: nothing is kept. */
    PageMemory NONE = (page, renderer) -> renderer.render(page);

    /** The bytes of {@code page} as {@code renderer} (the current site's) would render them. */
    byte[] bytes(SiteRenderer.Page page, SiteRenderer renderer);
}
