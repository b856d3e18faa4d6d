package dev.threefold.core.markdown;

import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

import java.util.ArrayList;
import java.util.List;

/**
 * The links flexmark's autolink extension makes of a text, in its order, in linear time: the
 * URLs and e-mail addresses autolink-java finds, and the bare {@code scheme://} runs of
 * {@link UriPrefixes}.
 *
 * <p>flexmark (0.64.8) puts each bare run into the list by reading it from the start: the run is
 * dropped when a link before the first one that begins after the run's end holds it, else it goes
 * just before that link (or last). Over many runs that is the square of their number. The same
 * list comes from one pass, because autolink-java's links are in order and do not overlap (it
 * goes on from each link's end), and the runs are in order, each ending before the next begins,
 * so a run put in earlier neither holds a later one nor begins after its end: only the link
 * that covers a run's start can hold it, and the runs go in where that pass reaches.
 */
final class AutolinkSpans {

    private AutolinkSpans() {
    }

    static List<LinkSpan> merge(Iterable<LinkSpan> found, List<int[]> prefixes) {
        List<LinkSpan> links = new ArrayList<>();
        found.forEach(links::add);
        if (prefixes.isEmpty()) {
            return links;
        }
        List<LinkSpan> merged = new ArrayList<>(links.size() + prefixes.size());
        int emitted = 0; // links[0, emitted) are in merged
        int after = 0; // the first link that begins after the current run's end, or links.size()
        int covering = -1; // the last link that begins at or before the current run's start
        for (int[] prefix : prefixes) {
            int begin = prefix[0];
            int end = prefix[1];
            while (covering + 1 < links.size() && links.get(covering + 1).getBeginIndex() <= begin) {
                covering++;
            }
            if (covering >= 0 && links.get(covering).getEndIndex() >= end) {
                continue;
            }
            while (after < links.size() && links.get(after).getBeginIndex() <= end) {
                after++;
            }
            while (emitted < after) {
                merged.add(links.get(emitted++));
            }
            merged.add(new Prefix(begin, end));
        }
        while (emitted < links.size()) {
            merged.add(links.get(emitted++));
        }
        return merged;
    }

    /** A bare {@code scheme://}, linked as a URL. */
    record Prefix(int getBeginIndex, int getEndIndex) implements LinkSpan {
        @Override
        public LinkType getType() {
            return LinkType.URL;
        }
    }
}
