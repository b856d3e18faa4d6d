package dev.threefold.core.render;

import dev.threefold.core.index.UnitFacts;
import dev.threefold.core.model.Unit;
import dev.threefold.core.render.page.SiteRenderer;

import java.util.function.BiFunction;

/**
 * Where a {@link SitePlan} gets each page's bytes, and the per-unit pieces of its data files: made
 * now (a one-shot build), or, in the live site of the preview and of a watched build, kept from
 * the last site when nothing they read has changed since (see {@link
 * dev.threefold.core.render.page.Reads} and {@link UnitFacts}).
 */
public interface PageMemory {

    /** Renders every page: nothing is kept. */
    PageMemory NONE = (page, renderer) -> renderer.render(page);

    /** The bytes of {@code page} as {@code renderer} (the current site's) would render them. */
    byte[] bytes(SiteRenderer.Page page, SiteRenderer renderer);

    /**
     * A piece of a data file made from one unit and {@link UnitFacts} alone (its record in
     * units.json, its words in the search index): made now, or, in a live site, kept from the last
     * site while the unit, the curriculum and the frameworks are equal. {@code kind} names the file.
     */
    default <T> T unitPiece(String kind, Unit unit, UnitFacts facts, BiFunction<Unit, UnitFacts, T> make) {
        return make.apply(unit, facts);
    }
}
