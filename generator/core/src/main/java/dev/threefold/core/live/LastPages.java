package dev.threefold.core.live;

import dev.threefold.core.index.UnitFacts;
import dev.threefold.core.model.Curriculum;
import dev.threefold.core.model.Framework;
import dev.threefold.core.model.Unit;
import dev.threefold.core.render.PageMemory;
import dev.threefold.core.render.page.SiteRenderer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pages a live site rendered last, each with everything it was made from
 * ({@link SiteRenderer.Rendered}): a page is rendered again only when something it read has
 * changed, which the recording finds out for itself (no key names what a template shows).
 * Also the per-unit pieces of the data files ({@link #unitPiece}), kept by the identity of their
 * unit (a unit bound again is a new object) while the curriculum and the frameworks stay equal:
 * all a piece may read besides its unit ({@link UnitFacts}).
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

    /** The facts of the current site (its index), and the pieces made or kept for it, by kind and unit. */
    private record Generation(UnitFacts facts, Curriculum curriculum, List<Framework> frameworks, Map<Piece, Object> pieces) {
    }

    /** A unit's piece of a file, the unit by identity: equal records are still different units. */
    private record Piece(String kind, Unit unit) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Piece p && p.unit == unit && p.kind.equals(kind);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(unit) + kind.hashCode();
        }
    }

    private volatile Generation now = new Generation(null, null, null, new ConcurrentHashMap<>());
    /** The last site's pieces, moved into {@link #now} as the current site asks for them; the rest are dropped with it. */
    private volatile Map<Piece, Object> before = Map.of();

    @Override
    @SuppressWarnings("unchecked")
    public <T> T unitPiece(String kind, Unit unit, UnitFacts facts, BiFunction<Unit, UnitFacts, T> make) {
        Generation g = generation(facts);
        Piece key = new Piece(kind, unit);
        Object kept = g.pieces().get(key);
        if (kept == null) {
            kept = before.get(key);
            if (kept == null) {
                kept = make.apply(unit, facts);
            }
            g.pieces().put(key, kept);
        }
        return (T) kept;
    }

    /** The generation of {@code facts}' site, begun on its first piece. */
    private Generation generation(UnitFacts facts) {
        Generation g = now;
        return g.facts() == facts ? g : begin(facts);
    }

    private synchronized Generation begin(UnitFacts facts) {
        Generation g = now;
        if (g.facts() != facts) {
            boolean same = Objects.equals(g.curriculum(), facts.curriculum()) && Objects.equals(g.frameworks(), facts.frameworks());
            before = same ? g.pieces() : Map.of();
            g = new Generation(facts, facts.curriculum(), facts.frameworks(), new ConcurrentHashMap<>());
            now = g;
        }
        return g;
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
