package dev.threefold.core.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Minutes per dimension of a unit, provocation included. */
public record Balance(Map<Dimension, Integer> minutes, int total) {

    public static Balance of(Unit unit) {
        if (!(unit.lessons() instanceof Lessons lessons)) {
            return of(unit.allActivities());
        }
        // The lessons' minutes are known without reading them (see Lessons): a card needs no more.
        Activity provocation = unit.provocation();
        Map<Dimension, Integer> m = new EnumMap<>(Dimension.class);
        int total = 0;
        for (Dimension d : Dimension.values()) {
            int minutes = lessons.minutes(d) + (provocation != null && provocation.dimension() == d ? provocation.minutes() : 0);
            m.put(d, minutes);
            total += minutes;
        }
        return new Balance(Map.copyOf(m), total);
    }

    public static Balance of(List<Activity> activities) {
        Map<Dimension, Integer> m = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            m.put(d, 0);
        }
        int total = 0;
        for (Activity a : activities) {
            m.merge(a.dimension(), a.minutes(), Integer::sum);
            total += a.minutes();
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
