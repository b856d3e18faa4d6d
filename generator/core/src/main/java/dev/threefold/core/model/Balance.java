package dev.threefold.core.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Minutes per dimension of a unit, provocation included. */
public record Balance(Map<Dimension, Integer> minutes, int total) {

    public static Balance of(Unit unit) {
        return of(unit.allActivities());
    }

    public static Balance of(List<Activity> activities) {
        int[] minutes = new int[Dimension.values().length];
        for (Activity a : activities) {
            minutes[a.dimension().ordinal()] += a.minutes();
        }
        return of(minutes);
    }

    /** @param minutes by {@link Dimension#ordinal()} */
    private static Balance of(int[] minutes) {
        Map<Dimension, Integer> m = new EnumMap<>(Dimension.class);
        int total = 0;
        for (Dimension d : Dimension.values()) {
            m.put(d, minutes[d.ordinal()]);
            total += minutes[d.ordinal()];
        }
        return new Balance(Map.copyOf(m), total);
    }

    public int minutes(Dimension d) {
        return minutes.getOrDefault(d, 0);
    }

    /** Share 0..1 of the total; 0 when there are no minutes. */
    public double share(Dimension d) {
        return total == 0 ? 0 : (double) minutes(d) / total;
    }

    /** Whole percent, rounded, for display. */
    public long percent(Dimension d) {
        return Math.round(share(d) * 100);
    }
}
