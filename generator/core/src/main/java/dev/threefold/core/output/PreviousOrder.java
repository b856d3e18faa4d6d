package dev.threefold.core.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sorted order of the strings a previous build listed in one of its bookkeeping files (page
 * paths, record keys, file paths), used to sort this build's, which are mostly the same: those
 * the previous build listed are taken in its order, and only the few it did not list are sorted
 * and put in their places. A rebuild of 10,000 units sorted 20,000 paths into a tree for each of
 * its three lists instead, 0.1-0.2 s each in a cold JVM. The result is the order a full sort
 * gives, so the lists are byte for byte those a fresh build writes.
 */
final class PreviousOrder {

    /** No previous list: sorting is a full sort. */
    static final PreviousOrder NONE = new PreviousOrder(List.of());

    /** The previous strings, strictly ascending. */
    private final List<String> sorted;
    /** The same as a set, made when a build lists a string the previous one did not. */
    private Set<String> members;

    private PreviousOrder(List<String> sorted) {
        this.sorted = sorted;
    }

    /** The order of {@code listed}, as read from a previous list; none when they are not strictly ascending (not a list we wrote). */
    static PreviousOrder of(List<String> listed) {
        for (int i = 1; i < listed.size(); i++) {
            if (listed.get(i - 1).compareTo(listed.get(i)) >= 0) {
                return NONE;
            }
        }
        return new PreviousOrder(listed);
    }

    /** {@code items}, which hold no string twice, sorted in their natural order. */
    List<String> sort(Collection<String> items) {
        if (sorted.isEmpty()) {
            List<String> all = new ArrayList<>(items);
            Collections.sort(all);
            return all;
        }
        Set<String> wanted = items instanceof Set<String> set ? set : new HashSet<>(items);
        List<String> kept = new ArrayList<>(wanted.size());
        for (String s : sorted) {
            if (wanted.contains(s)) {
                kept.add(s);
            }
        }
        if (kept.size() == wanted.size()) {
            return kept;
        }
        if (members == null) {
            members = new HashSet<>(sorted);
        }
        List<String> added = new ArrayList<>();
        for (String s : wanted) {
            if (!members.contains(s)) {
                added.add(s);
            }
        }
        Collections.sort(added);
        return insert(kept, added);
    }

    /** {@code added} put into {@code kept} (both sorted, no string in both) where each belongs. */
    private static List<String> insert(List<String> kept, List<String> added) {
        List<String> out = new ArrayList<>(kept.size() + added.size());
        int from = 0;
        for (String a : added) {
            int at = from - Collections.binarySearch(kept.subList(from, kept.size()), a) - 1;
            out.addAll(kept.subList(from, at));
            out.add(a);
            from = at;
        }
        out.addAll(kept.subList(from, kept.size()));
        return out;
    }
}
