package io.lien.gateway.cleaning;

import java.util.HashMap;
import java.util.Map;

/**
 * The estimator for beacons the plan does not place: each zone's loudest reading, smoothed over the seconds
 * (exponentially, {@code alpha}), a zone not heard fading towards silence; the loudest smoothed zone wins. One per
 * shopper.
 */
final class LoudestZone {

    /** What a zone not heard fades towards. */
    private static final double FLOOR_DBM = -120;

    private final Map<String, Double> smoothed = new HashMap<>();

    /**
     * @param heard each zone's loudest reading this second (not empty)
     * @return the loudest zone once smoothed
     */
    String hear(Map<String, Integer> heard, double alpha) {
        for (Map.Entry<String, Double> e : smoothed.entrySet()) {
            if (!heard.containsKey(e.getKey())) {
                e.setValue(e.getValue() + alpha * (FLOOR_DBM - e.getValue()));
            }
        }
        heard.forEach((zone, rssi) -> smoothed.merge(zone, (double) rssi, (old, now) -> old + alpha * (now - old)));
        return smoothed.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }
}
