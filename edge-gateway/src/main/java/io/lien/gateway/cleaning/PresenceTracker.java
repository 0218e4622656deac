package io.lien.gateway.cleaning;

import io.lien.protocol.device.AppSightings;
import io.lien.protocol.uplink.UplinkEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns per-second beacon sightings of an app install into zone presence: RSSI smoothed per
 * zone (exponential moving average), a zone change reported only after the new zone has been
 * strongest for {@code confirmations} sightings in a row (hysteresis), and a leave after
 * {@code leaveAfterMs} without hearing any store beacon. One event per change, never one per second.
 */
public final class PresenceTracker {

    public record Settings(double alpha, int confirmations, long leaveAfterMs) {
        /**
         * Measured best of this estimator's family against ground truth (docs/benchmarks.md,
         * "Presence accuracy"): fast smoothing, no extra confirmation.
         */
        public static Settings defaults() {
            return new Settings(0.7, 1, 10_000);
        }
    }

    private static final double FLOOR_DBM = -120;

    private static final class Track {
        final Map<String, Double> smoothed = new HashMap<>();
        String zone;
        long zoneSince;
        String candidate;
        int candidateCount;
        long lastHeardAt;
    }

    private final Settings settings;
    private final Map<String, Track> tracks = new HashMap<>();

    public PresenceTracker(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param beaconZone the zone of a beacon, or {@code null} for a beacon not in the registry
     * @param now        the gateway clock (device clocks may drift)
     */
    public List<UplinkEvent> onSightings(AppSightings s, Function<String, String> beaconZone, long now) {
        Map<String, Integer> strongestPerZone = new HashMap<>();
        for (AppSightings.Sighting sighting : s.beacons()) {
            String zone = beaconZone.apply(sighting.beaconId());
            if (zone != null) {
                strongestPerZone.merge(zone, sighting.rssi(), Math::max);
            }
        }
        Track t = tracks.get(s.deviceId());
        if (strongestPerZone.isEmpty()) {
            return List.of();
        }
        if (t == null) {
            t = new Track();
            tracks.put(s.deviceId(), t);
        }
        t.lastHeardAt = now;
        smooth(t, strongestPerZone);
        return decide(s.deviceId(), t, strongest(t), now);
    }

    private void smooth(Track t, Map<String, Integer> heard) {
        for (Map.Entry<String, Double> e : t.smoothed.entrySet()) {
            if (!heard.containsKey(e.getKey())) {
                e.setValue(e.getValue() + settings.alpha() * (FLOOR_DBM - e.getValue()));
            }
        }
        heard.forEach((zone, rssi) -> t.smoothed.merge(zone, (double) rssi,
                (old, now) -> old + settings.alpha() * (now - old)));
    }

    private static String strongest(Track t) {
        return t.smoothed.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    private List<UplinkEvent> decide(String installId, Track t, String best, long now) {
        if (best.equals(t.zone)) {
            t.candidate = null;
            t.candidateCount = 0;
            return List.of();
        }
        if (!best.equals(t.candidate)) {
            t.candidate = best;
            t.candidateCount = 0;
        }
        if (++t.candidateCount < settings.confirmations() && t.zone != null) {
            return List.of();
        }
        String change = t.zone == null ? "enter" : "move";
        long dwell = t.zone == null ? 0 : now - t.zoneSince;
        t.zone = best;
        t.zoneSince = now;
        t.candidate = null;
        t.candidateCount = 0;
        return List.of(new UplinkEvent.ShopperPresence(installId, best, change, dwell));
    }

    /** Reports installs not heard for {@code leaveAfterMs} as gone. Call about once a second. */
    public List<UplinkEvent> expire(long now) {
        List<UplinkEvent> left = new ArrayList<>();
        for (Iterator<Map.Entry<String, Track>> it = tracks.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Track> e = it.next();
            Track t = e.getValue();
            if (now - t.lastHeardAt >= settings.leaveAfterMs()) {
                it.remove();
                if (t.zone != null) {
                    left.add(new UplinkEvent.ShopperPresence(e.getKey(), t.zone, "leave", now - t.zoneSince));
                }
            }
        }
        return left;
    }

    public int tracked() {
        return tracks.size();
    }
}
