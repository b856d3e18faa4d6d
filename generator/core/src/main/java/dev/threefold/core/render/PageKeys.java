package dev.threefold.core.render;

import dev.threefold.core.cache.BoundUnits;
import dev.threefold.core.cache.HashedText;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Ref;
import dev.threefold.core.model.Unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a unit's own pages (unit and student view) are made from, as one hash:
 * the unit's text, what the page shows of the units it links to as
 * prerequisites and followers (their titles, grades and subjects: their
 * outlines, or their whole texts when a theme's own templates may show more),
 * and everything site-wide such a page shows (curriculum, standards, theme,
 * Threefold itself, the grade/subject/tag URLs). Two builds that give a page the same
 * key give it the same bytes, so a rebuild keeps the previous file instead of
 * rendering it again. A list of units (grade, subject, tag) shows each
 * unit's own fields as a card, so its key is made of its units' hashes: a
 * one-unit edit renders again only the lists holding that unit. The
 * site-wide pages (home, indexes, standards, sequence, every report and its
 * data) show every unit but never its prose, so they share one key made of
 * every unit's outline ({@link BoundUnits#outlineHash}): an edit to a summary
 * or a description leaves them as they were.
 */
public final class PageKeys {

    private final String site;
    private final Map<String, String> unitHashes;
    private final Map<String, String> unitOutlines;
    private final SiteIndex index;
    private final String siteWide;
    /**
     * Unit id → the hash of what its pages and records are made from, or "" when one of those
     * inputs has no known hash. Worked out once per unit, for the four files that
     * show a unit (its page, its student view, its records in units.json and the search index).
     */
    private final Map<String, String> unitKeys;
    /**
     * Unit id → the digest of its ":id=hash" entry, for units with a known hash. A list's key hashes
     * these 16 bytes per unit rather than the entry's 70-odd characters: the grade, subject and tag
     * lists name each unit four or five times in all, which took 40 ms of a rebuild's main thread
     * at 10,000 units.
     */
    private final Map<String, long[]> entryDigests;

    /**
     * @param siteInputs   every site-wide input (curriculum, standards, theme, Threefold, base URL)
     * @param unitHashes   unit id → hash of its file and binding context; units missing have no key
     * @param unitOutlines unit id → hash of what the site-wide pages, and another unit's page, show of
     *                     it (its outline with the default templates); with one missing the site-wide
     *                     pages have no key
     */
    public PageKeys(String siteInputs, Map<String, String> unitHashes, Map<String, String> unitOutlines, SiteIndex index) {
        this.index = index;
        this.unitHashes = unitHashes;
        this.unitOutlines = unitOutlines;
        this.site = BoundUnits.hash(siteInputs + "\u0000" + index.slugs());
        this.siteWide = siteWideKey(site, unitOutlines, index.units());
        // One pass on this thread: the other core is busy meanwhile (reading the previous site's
        // bookkeeping, writing the cache), and two parallel streams into concurrent maps cost more
        // than they spared.
        this.unitKeys = new HashMap<>(index.units().size() * 2);
        this.entryDigests = new HashMap<>(index.units().size() * 2);
        for (Unit u : index.units()) {
            addKeys(u);
        }
    }

    /** {@code u}'s key and, when its hash is known, the digest of its list entry (a method of its own, so it is compiled early). */
    private void addKeys(Unit u) {
        unitKeys.put(u.id(), Objects.requireNonNullElse(unitKey(u), ""));
        String hash = unitHashes.get(u.id());
        if (known(hash)) {
            entryDigests.put(u.id(), HashedText.of(":").append(u.id()).append('=').append(hash).digest());
        }
    }

    private static String siteWideKey(String site, Map<String, String> outlines, List<Unit> units) {
        HashedText text = HashedText.of(site).append("|site-wide");
        for (Unit u : units) {
            if (!append(text, u, outlines)) {
                return null;
            }
        }
        return text.hash();
    }

    /** The key of the site-wide pages and files, or null when a unit's outline is not known. */
    public String siteWide() {
        return siteWide;
    }

    /** Every unit's key for {@code template}, as {@link #of} gives them (units without one left out). */
    public java.util.Set<String> all(String template) {
        java.util.Set<String> all = new java.util.HashSet<>();
        unitKeys.values().forEach(k -> {
            if (!k.isEmpty()) {
                all.add(k.concat("/").concat(template));
            }
        });
        return all;
    }

    /** The key of {@code u}'s file made with {@code template}, or null when one of its inputs has no known hash. */
    public String of(Unit u, String template) {
        String key = unitKeys.get(u.id());
        // String.concat makes each string at its size: the StringBuilder that "+" compiles to (see the
        // parent pom) grew through three buffers for each of the 50,000 keys a rebuild asks for.
        return key == null || key.isEmpty() ? null : key.concat("/").concat(template);
    }

    private String unitKey(Unit u) {
        HashedText text = HashedText.of(site);
        if (!append(text, u, unitHashes)) {
            return null;
        }
        // The units it links to by their outlines: an edit to a prerequisite's summary leaves this
        // page as it was (a test holds a unit's own files to showing no other unit's prose).
        for (Ref r : u.prerequisites()) {
            if (!append(text.append("|p"), index.unit(r.id()), unitOutlines)) {
                return null;
            }
        }
        for (Unit f : index.followers(u)) {
            if (!append(text.append("|f"), f, unitOutlines)) {
                return null;
            }
        }
        return text.hash();
    }

    /** The key of a list page showing {@code units} as cards, or null when one of them has no known hash. */
    public String ofList(String template, String path, String title, List<Unit> units) {
        HashedText text = HashedText.of(site).append('|').append(template).append('|').append(path)
                .append('|').append(title).append("|digests");
        for (Unit u : units) {
            long[] digest = entryDigests.get(u.id());
            if (digest == null) {
                return null;
            }
            text.append(digest);
        }
        return text.hash();
    }

    /** Whether a unit's hash is known ("" being none: an unbound unit's outline). */
    private static boolean known(String hash) {
        return hash != null && !hash.isEmpty();
    }

    /** Appends ":id=hash" of {@code u} from {@code hashes}; false when its hash is not {@link #known}. */
    private static boolean append(HashedText text, Unit u, Map<String, String> hashes) {
        String h = hashes.get(u.id());
        if (!known(h)) {
            return false;
        }
        text.append(':').append(u.id()).append('=').append(h);
        return true;
    }
}
