package io.lien.bench.presence;

import io.lien.protocol.device.AppSightings;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The plain filter Lien has to beat, computed on the very same sightings: each beacon's RSSI smoothed per phone by an
 * exponential moving average (α 0.5; a beacon not heard fades towards −100 dBm), the zone of the loudest smoothed
 * beacon, and a move only when the new zone's beacon is more than 2 dB above the current zone's.
 */
final class EwmaReference {

    static final double ALPHA = 0.5;
    static final double HYSTERESIS_DB = 2;
    private static final double SILENT_DBM = -100;

    private final Function<String, String> zoneOf;
    private final Map<String, Map<String, Double>> smoothed = new HashMap<>();
    private final Map<String, String> zone = new HashMap<>();

    EwmaReference(Function<String, String> zoneOf) {
        this.zoneOf = zoneOf;
    }

    /** The zone this phone is in after this second's sightings. */
    String take(String installId, Iterable<AppSightings.Sighting> heard) {
        Map<String, Double> s = smoothed.computeIfAbsent(installId, k -> new HashMap<>());
        Map<String, Integer> now = new HashMap<>();
        heard.forEach(h -> now.put(h.beaconId(), h.rssi()));
        s.replaceAll((beacon, old) -> now.containsKey(beacon) ? old : old + ALPHA * (SILENT_DBM - old));
        now.forEach((beacon, rssi) -> s.merge(beacon, (double) rssi, (old, v) -> old + ALPHA * (v - old)));
        Map<String, Double> perZone = new HashMap<>();
        s.forEach((beacon, v) -> perZone.merge(zoneOf.apply(beacon), v, Math::max));
        String best = perZone.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        String current = zone.get(installId);
        if (best != null && (current == null || perZone.get(best) > perZone.getOrDefault(current, SILENT_DBM) + HYSTERESIS_DB)) {
            zone.put(installId, best);
            return best;
        }
        return current;
    }
}
