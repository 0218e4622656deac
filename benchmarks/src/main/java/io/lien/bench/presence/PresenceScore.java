package io.lien.bench.presence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How well an estimator followed the shoppers: the share of shopper-seconds in the right zone, the share of
 * <em>steady</em> seconds (the true zone the same 5 s before and after) in the right zone, and how long a zone change
 * took to be reported (changes into a zone the shopper then stays in for 5 s or more). Used by both presence benchmarks.
 */
public final class PresenceScore {

    public static final int AROUND_S = 5;

    private long seconds;
    private long right;
    private long steady;
    private long steadyRight;
    private final List<Long> delays = new ArrayList<>();
    private int missed;
    private long trueChanges;
    private long reportedChanges;

    /** @param believed for each install, the zone it was believed in from each time on (ms; "" = left) */
    public void add(Map<String, Map<Long, String>> truth, Map<String, NavigableMap<Long, String>> believed) {
        add(truth, believed, believed);
    }

    /**
     * @param believed for each install, the zone it was believed in from each time on, as the estimator dated it
     * @param reported the same, as it was reported: what a change's delay is measured on
     */
    public void add(Map<String, Map<Long, String>> truth, Map<String, NavigableMap<Long, String>> believed,
                    Map<String, NavigableMap<Long, String>> reported) {
        for (Map.Entry<String, Map<Long, String>> t : truth.entrySet()) {
            NavigableMap<Long, String> belief = believed.getOrDefault(t.getKey(), new TreeMap<>());
            NavigableMap<Long, String> told = reported.getOrDefault(t.getKey(), new TreeMap<>());
            Map<Long, String> zones = t.getValue();
            reportedChanges += changes(belief.values());
            trueChanges += changes(new TreeMap<>(zones).values());
            for (Map.Entry<Long, String> at : new TreeMap<>(zones).entrySet()) {
                long s = at.getKey();
                String zone = at.getValue();
                if (zone == null) {
                    continue; // not in the store that second
                }
                Map.Entry<Long, String> b = belief.floorEntry(s * 1000 + 999);
                boolean ok = b != null && zone.equals(b.getValue());
                seconds++;
                right += ok ? 1 : 0;
                if (same(zones, s, zone)) {
                    steady++;
                    steadyRight += ok ? 1 : 0;
                }
                String before = zones.get(s - 1);
                if (before != null && !before.equals(zone) && stays(zones, s, zone)) {
                    Long first = firstReport(told, s * 1000, zone, (s + 60) * 1000);
                    if (first == null) {
                        missed++;
                    } else {
                        delays.add(first - s * 1000);
                    }
                }
            }
        }
    }

    public double rightPercent() {
        return 100.0 * right / Math.max(1, seconds);
    }

    public double steadyPercent() {
        return 100.0 * steadyRight / Math.max(1, steady);
    }

    public long seconds() {
        return seconds;
    }

    /** Median and 90th percentile of the report delays, in seconds, and how many changes were never reported. */
    public String delays() {
        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        return String.format("%.0f s / %.0f s%s", pct(sorted, 50) / 1000.0, pct(sorted, 90) / 1000.0,
                missed == 0 ? "" : " (" + missed + " of " + (sorted.size() + missed) + " never)");
    }

    /** Zone changes reported for each true one (1.0: none doubled; arrivals and departures not counted). */
    public double reportedPerTrueChange() {
        return (double) reportedChanges / Math.max(1, trueChanges);
    }

    private static long changes(Iterable<String> zones) {
        long n = 0;
        String last = null;
        for (String z : zones) {
            if (z == null || z.isEmpty()) {
                continue;
            }
            n += last != null && !last.equals(z) ? 1 : 0;
            last = z;
        }
        return n;
    }

    /** Zone changes counted: reported or not. */
    public int changes() {
        return delays.size() + missed;
    }

    private static boolean same(Map<Long, String> zones, long s, String zone) {
        for (long k = s - AROUND_S; k <= s + AROUND_S; k++) {
            if (!zone.equals(zones.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean stays(Map<Long, String> zones, long from, String zone) {
        for (long k = from; k < from + AROUND_S; k++) {
            if (!zone.equals(zones.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Long firstReport(NavigableMap<Long, String> belief, long fromMs, String zone, long untilMs) {
        Map.Entry<Long, String> current = belief.floorEntry(fromMs + 999);
        if (current != null && zone.equals(current.getValue())) {
            return fromMs;
        }
        for (Map.Entry<Long, String> e : belief.subMap(fromMs, true, untilMs, false).entrySet()) {
            if (zone.equals(e.getValue())) {
                return e.getKey();
            }
        }
        return null;
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }
}
