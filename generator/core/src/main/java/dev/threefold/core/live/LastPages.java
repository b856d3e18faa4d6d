package dev.threefold.core.live;

import dev.threefold.core.render.PageMemory;
import dev.threefold.core.render.page.SiteRenderer;

import java.util.Map;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pages a live site rendered last, each with everything it was made from
 * ({@link SiteRenderer.Rendered}): a page is rendered again only when something it read has
 * changed, which the recording finds out for itself (no key names what a template shows).
 * Thread-safe: a build renders pages on every core.
 */
final class LastPages implements PageMemory {

    private final Map<String, SiteRenderer.Rendered> pages = new ConcurrentHashMap<>();
    private final AtomicInteger renders = new AtomicInteger();

    @Override
    public byte[] bytes(SiteRenderer.Page page, SiteRenderer renderer) {
        SiteRenderer.Rendered before = pages.get(page.path());
        SiteRenderer.Rendered now = renderer.renderedAgain(before, page);
        if (now != before) {
            pages.put(page.path(), now);
            renders.incrementAndGet();
        }
        return now.bytes();
    }

    /** Forgets the pages the site no longer has. */
    void keepOnly(Predicate<String> stillThere) {
        pages.keySet().removeIf(stillThere.negate());
    }

    /** How many pages were rendered (not kept) so far: what an edit cost. */
    int renders() {
        return renders.get();
    }
}
