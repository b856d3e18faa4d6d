package dev.threefold.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Items of two lists paired for comparison: first by an equal key (a title), then, among those
 * left, by place. What has no partner is added (before is null) or removed (after is null). The
 * pairs come in the after list's order, removed ones where they stood.
 */
final class Pairs {

    record Pair<T>(T before, int beforeIndex, T after, int afterIndex) {
    }

    private Pairs() {
    }

    static <T> List<Pair<T>> match(List<T> before, List<T> after, Function<T, String> key) {
        int[] partner = new int[after.size()];
        java.util.Arrays.fill(partner, -1);
        boolean[] taken = new boolean[before.size()];
        for (int j = 0; j < after.size(); j++) {
            for (int i = 0; i < before.size(); i++) {
                if (!taken[i] && Objects.equals(key.apply(before.get(i)), key.apply(after.get(j)))) {
                    partner[j] = i;
                    taken[i] = true;
                    break;
                }
            }
        }
        for (int j = 0; j < after.size(); j++) {
            if (partner[j] < 0 && j < before.size() && !taken[j] && before.size() == after.size()) {
                partner[j] = j; // same place in lists of the same length: the same item, retitled
                taken[j] = true;
            }
        }
        List<Pair<T>> out = new ArrayList<>();
        int nextRemoved = 0;
        for (int j = 0; j < after.size(); j++) {
            int i = partner[j];
            int upTo = i < 0 ? -1 : i;
            for (; nextRemoved < upTo; nextRemoved++) {
                if (!taken[nextRemoved]) {
                    out.add(new Pair<>(before.get(nextRemoved), nextRemoved, null, -1));
                    taken[nextRemoved] = true;
                }
            }
            out.add(i < 0 ? new Pair<>(null, -1, after.get(j), j) : new Pair<>(before.get(i), i, after.get(j), j));
        }
        for (int i = 0; i < before.size(); i++) {
            if (!taken[i]) {
                out.add(new Pair<>(before.get(i), i, null, -1));
            }
        }
        return out;
    }
}
