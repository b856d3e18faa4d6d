package dev.threefold.core.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The maximal runs of backticks in a text, by length, so that the run closing a code span is
 * found without reading on. flexmark reads from each opening run to the end of the text looking
 * for a run of the same length; a paragraph of runs of growing length ("` `` ``` ...", none of
 * them closed) made that quadratic. Building this index reads the text once; each look-up is a
 * binary search.
 */
final class BacktickRuns {

    private final Map<Integer, int[]> startsByLength;

    private BacktickRuns(Map<Integer, int[]> startsByLength) {
        this.startsByLength = startsByLength;
    }

    static BacktickRuns of(CharSequence s) {
        Map<Integer, List<Integer>> starts = new HashMap<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (s.charAt(i) != '`') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && s.charAt(i) == '`') {
                i++;
            }
            starts.computeIfAbsent(i - start, k -> new ArrayList<>()).add(start);
        }
        Map<Integer, int[]> byLength = new HashMap<>();
        starts.forEach((length, list) -> byLength.put(length, list.stream().mapToInt(Integer::intValue).toArray()));
        return new BacktickRuns(byLength);
    }

    /** Where the first maximal run of exactly {@code length} backticks starting at or after {@code from} starts, or -1. */
    int next(int length, int from) {
        int[] starts = startsByLength.get(length);
        if (starts == null) {
            return -1;
        }
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < starts.length ? starts[lo] : -1;
    }
}
