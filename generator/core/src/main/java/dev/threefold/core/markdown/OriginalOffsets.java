package dev.threefold.core.markdown;

import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import com.vladsch.flexmark.util.sequence.ReplacedTextRegion;

import java.util.List;

/**
 * {@link ReplacedTextMapper#originalOffset} by binary search. flexmark's reads the regions from
 * the first on every call, so a text with many escapes and many links cost their product.
 * Regions lie end to end in both the replaced and the original text, and when a level has any
 * they cover its whole original (flexmark's Escaping adds the text between and after matches),
 * so the last one ends where that original does.
 */
final class OriginalOffsets {

    private OriginalOffsets() {
    }

    static int of(ReplacedTextMapper mapper, int replacedIndex) {
        int index = replacedIndex;
        for (ReplacedTextMapper level = mapper; level != null; level = level.getParent()) {
            List<ReplacedTextRegion> regions = level.getRegions();
            if (regions.isEmpty()) {
                continue;
            }
            if (index == level.getReplacedLength()) {
                index = regions.get(regions.size() - 1).getOriginalRange().getEnd();
                continue;
            }
            ReplacedTextRegion region = regions.get(lastStartingAtOrBefore(regions, index));
            if (region.containsReplacedIndex(index)) {
                int original = region.getOriginalRange().getStart() + index - region.getReplacedRange().getStart();
                index = Math.min(original, region.getOriginalRange().getEnd());
            }
        }
        return index;
    }

    private static int lastStartingAtOrBefore(List<ReplacedTextRegion> regions, int index) {
        int lo = 0;
        int hi = regions.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (regions.get(mid).getReplacedRange().getStart() <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
