package io.lien.bench.presence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What each kind of loss costs an estimator, by mending it with the truth: its changes dated at the true crossing,
 * its false changes (into a zone the shopper is not in within {@link #FALSE_WITHIN_S} s of the report) removed, and
 * both. Not estimators — ceilings on what better dating or fewer false changes could win back (ADR 31, sixth
 * session). Scored as {@link PresenceScore} scores the gateway: seconds on the mended timeline, delays as reported.
 */
final class LossCeilings {

    static final int FALSE_WITHIN_S = 2;

    final PresenceScore datedAtTheCrossing = new PresenceScore();
    final PresenceScore withoutFalseChanges = new PresenceScore();
    final PresenceScore both = new PresenceScore();
    long falseChanges;

    void add(Map<String, Map<Long, String>> truth, Timelines told) {
        Map<String, NavigableMap<Long, String>> crossing = new HashMap<>();
        Map<String, NavigableMap<Long, String>> noFalse = new HashMap<>();
        Map<String, NavigableMap<Long, String>> mended = new HashMap<>();
        told.changes.forEach((install, changes) -> {
            Map<Long, String> zones = truth.getOrDefault(install, Map.of());
            crossing.put(install, mend(changes, zones, true, false));
            noFalse.put(install, mend(changes, zones, false, true));
            mended.put(install, mend(changes, zones, true, true));
            falseChanges += changes.stream().filter(c -> isFalse(c, zones)).count();
        });
        datedAtTheCrossing.add(truth, crossing, told.reported);
        withoutFalseChanges.add(truth, noFalse, told.reported);
        both.add(truth, mended, told.reported);
    }

    private static NavigableMap<Long, String> mend(List<Timelines.Change> changes, Map<Long, String> zones, boolean atCrossing,
                                                   boolean dropFalse) {
        NavigableMap<Long, String> timeline = new TreeMap<>();
        long previous = Long.MIN_VALUE;
        for (Timelines.Change c : changes) {
            if (dropFalse && isFalse(c, zones)) {
                continue;
            }
            long at = Math.max(previous + 1, atCrossing ? crossing(c, zones) : c.datedAt());
            timeline.put(at, c.zone());
            previous = at;
        }
        return timeline;
    }

    /** The second the shopper entered the zone reported, if they were in it when it was reported (within the gateway's hindsight). */
    private static long crossing(Timelines.Change c, Map<Long, String> zones) {
        long s = c.reportedAt() / 1000;
        for (long k = s; k >= s - ZonePresenceBenchmark.HINDSIGHT_S && c.zone().equals(zones.get(k)); k--) {
            if (!c.zone().equals(zones.get(k - 1))) {
                return k * 1000;
            }
        }
        return c.datedAt();
    }

    private static boolean isFalse(Timelines.Change c, Map<Long, String> zones) {
        if (c.zone().isEmpty()) {
            return false;
        }
        long s = c.reportedAt() / 1000;
        for (long k = s - FALSE_WITHIN_S; k <= s + FALSE_WITHIN_S; k++) {
            if (c.zone().equals(zones.get(k))) {
                return false;
            }
        }
        return true;
    }
}
