package io.lien.gateway.cleaning;

import io.lien.protocol.device.AppSightings;
import io.lien.protocol.uplink.UplinkEvent;

import io.lien.protocol.uplink.StoreRegistry.Point;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Turns per-second beacon sightings of an app install into zone presence, one event per change
 * (enter, move with the dwell of the previous zone, leave after {@code leaveAfterMs} of silence),
 * never one per second. Where the registry places beacons on the store plan, a particle filter
 * ({@link ParticleCloud}) estimates where the shopper stands and the zone is that of the nearest
 * beacon; otherwise the loudest zone wins after exponential smoothing of its RSSI. Either way a
 * move is reported once the new zone has won {@code confirmations} sightings in a row.
 */
public final class PresenceTracker {

    /**
     * @param alpha            smoothing of per-zone RSSI when beacons have no plan position (0..1)
     * @param pathLossExponent how fast signal fades with distance on this floor (2 in free space)
     * @param particles        guesses per shopper for the particle filter; 0 turns it off
     * @param gridCellM        the cell of the plan's grid for the forward filter ({@link ZoneBelief}), in metres;
     *                         0 uses the particle filter instead
     * @param noiseDb          how noisy one reading is taken to be, in dB (the forward filter's model)
     * @param switchAt         the probability a new zone needs before a move is reported (the forward filter)
     * @param learnPathLoss    whether the particle filter uses the exponent its readings point to
     *                         ({@link PathLossLearner}) where {@code pathLossExponent} is surely off
     */
    public record Settings(double alpha, int confirmations, long leaveAfterMs, double pathLossExponent, int particles,
                           double gridCellM, double noiseDb, double switchAt, boolean learnPathLoss) {

        public Settings(double alpha, int confirmations, long leaveAfterMs) {
            this(alpha, confirmations, leaveAfterMs, DEFAULT_PATH_LOSS, DEFAULT_PARTICLES);
        }

        public Settings(double alpha, int confirmations, long leaveAfterMs, double pathLossExponent, int particles) {
            this(alpha, confirmations, leaveAfterMs, pathLossExponent, particles, 0, DEFAULT_NOISE_DB, DEFAULT_SWITCH_AT,
                    DEFAULT_LEARN_PATH_LOSS);
        }

        /** Measured best against ground truth (docs/benchmarks.md, "Presence accuracy"). */
        public static Settings defaults() {
            return new Settings(0.7, 1, 10_000, DEFAULT_PATH_LOSS, DEFAULT_PARTICLES, DEFAULT_GRID_CELL_M, DEFAULT_NOISE_DB,
                    DEFAULT_SWITCH_AT, DEFAULT_LEARN_PATH_LOSS);
        }

        public Settings withGrid(double cellM, double noise, double switchProbability) {
            return new Settings(alpha, confirmations, leaveAfterMs, pathLossExponent, particles, cellM, noise, switchProbability,
                    learnPathLoss);
        }

        public Settings withLearntPathLoss(boolean learn) {
            return new Settings(alpha, confirmations, leaveAfterMs, pathLossExponent, particles, gridCellM, noiseDb, switchAt, learn);
        }
    }

    /** What the tracker needs to know of a store's beacons. */
    public interface Beacons {
        /** @return the beacon's zone, or {@code null} for a beacon not in the registry */
        String zoneOf(String beaconId);

        /** @return where it hangs, or {@code null} when the plan does not say */
        Point positionOf(String beaconId);

        /** RSSI at 1 m, as the beacon last reported it. */
        int txPowerOf(String beaconId);

        /** Every beacon the plan places (the same map for as long as the registry is the same). */
        default Map<String, Point> placed() {
            return Map.of();
        }
    }

    /** How far back a move may be dated ({@code agoMs}, ADR 31). */
    public static final long DATED_UP_TO_MS = MoveDating.HINDSIGHT_MS;
    static final double DEFAULT_PATH_LOSS = 2.2;
    static final int DEFAULT_PARTICLES = 200;
    /** The forward filter is measured beside the particle filter (issue 23), not yet the default: 0 keeps particles. */
    static final double DEFAULT_GRID_CELL_M = 0;
    static final double DEFAULT_NOISE_DB = 5;
    static final double DEFAULT_SWITCH_AT = 0.5;
    /**
     * The exponent is always learnt and shown (the gateway's /metrics and /prometheus); the filter uses it where the configured
     * one is surely off (ADR 32: +1.6 / +2.0 points where the floor is 1.8 / 2.6, level where 2.2 is right).
     */
    static final boolean DEFAULT_LEARN_PATH_LOSS = true;
    static final int DEFAULT_TX_POWER = -59;

    private static final class Track {
        final LoudestZone loudest = new LoudestZone();
        /** The particle filter's, where it is the estimator. */
        final ShopperGuesses guesses = new ShopperGuesses();
        ZoneBelief belief;
        long lastSightingAt;
        String zone;
        long zoneSince;
        String candidate;
        int candidateCount;
        long lastHeardAt;
        /** The estimator's last seconds, to date a move (none kept for the loudest-zone fallback). */
        final MoveDating dating = new MoveDating();
    }

    private final Settings settings;
    private final Map<String, Track> tracks = new HashMap<>();
    private final Random random = new Random(7);
    private Map<String, Point> gridFor;
    private final ZoneVotes zoneVotes = new ZoneVotes();
    private final PathLossLearner pathLoss;
    private FloorGrid grid;

    public PresenceTracker(Settings settings) {
        this.settings = settings;
        this.pathLoss = new PathLossLearner(settings.pathLossExponent(), settings.learnPathLoss());
    }

    /** The path-loss exponent the readings point to (the configured one until enough are in), whether used or not. */
    public double learntPathLossExponent() {
        return pathLoss.exponent();
    }

    /** Uses beacons' plan positions where the registry has them. */
    public List<UplinkEvent> onSightings(AppSightings s, Beacons beacons, long now) {
        List<ParticleCloud.Heard> placed = new ArrayList<>();
        for (AppSightings.Sighting sighting : s.beacons()) {
            Point at = beacons.zoneOf(sighting.beaconId()) == null ? null : beacons.positionOf(sighting.beaconId());
            if (at != null) {
                placed.add(new ParticleCloud.Heard(sighting.beaconId(), at, sighting.rssi(), beacons.txPowerOf(sighting.beaconId())));
            }
        }
        if (placed.isEmpty() || settings.particles() <= 0 && settings.gridCellM() <= 0) {
            return onSightings(s, beacons::zoneOf, now);
        }
        FloorGrid floor = settings.gridCellM() > 0 ? grid(beacons) : null;
        if (floor != null) {
            return onGrid(s, placed, floor, now);
        }
        Track t = tracks.computeIfAbsent(s.deviceId(), k -> new Track());
        t.guesses.hear(placed, (now - t.lastSightingAt) / 1000.0, settings.particles(), random, pathLoss.toWeighWith(), pathLoss,
                beacons.placed().size());
        t.lastSightingAt = now;
        t.lastHeardAt = now;
        return likeliestZone(s.deviceId(), t, placed, beacons, now);
    }

    /** The zone of the beacon nearest to the most guesses, and the share of guesses nearest to that zone's beacons. */
    private List<UplinkEvent> likeliestZone(String installId, Track t, List<ParticleCloud.Heard> heard, Beacons beacons, long now) {
        ZoneVotes.Count count = zoneVotes.count(t.guesses.cloud(), beacons, heard);
        t.dating.remember(count.shares(), now);
        if (t.zone != null && !count.zone().equals(t.zone)) {
            // a move to date: what the guesses alive now say of the last seconds
            t.dating.lookBack(k -> zoneVotes.sharesAgo(t.guesses.cloud(), k));
        }
        return decide(installId, t, count.zone(), count.shares().get(count.zone()), now);
    }

    /** The forward filter over the plan's grid: the zone is the likeliest, and a move needs {@code switchAt} of the belief. */
    private List<UplinkEvent> onGrid(AppSightings s, List<ParticleCloud.Heard> placed, FloorGrid floor, long now) {
        Track t = tracks.computeIfAbsent(s.deviceId(), k -> new Track());
        if (t.belief == null) {
            t.belief = new ZoneBelief(floor);
        } else {
            t.belief.predict((now - t.lastSightingAt) / 1000.0);
        }
        List<ZoneBelief.Reading> readings = new ArrayList<>(placed.size());
        for (ParticleCloud.Heard h : placed) {
            Integer index = floor.beaconIndex.get(h.beaconId());
            if (index != null) {
                readings.add(new ZoneBelief.Reading(index, h.txPower(), h.rssi()));
            }
        }
        t.belief.update(readings, settings.pathLossExponent(), settings.noiseDb());
        t.lastSightingAt = now;
        t.lastHeardAt = now;
        double[] mass = t.belief.zoneMass();
        int best = 0;
        for (int z = 1; z < mass.length; z++) {
            if (mass[z] > mass[best]) {
                best = z;
            }
        }
        String zone = floor.zones.get(best);
        Map<String, Double> shares = new HashMap<>();
        for (int z = 0; z < mass.length; z++) {
            shares.put(floor.zones.get(z), mass[z]);
        }
        t.dating.remember(shares, now);
        boolean moves = t.zone == null || mass[best] >= settings.switchAt();
        return decide(s.deviceId(), t, moves ? zone : t.zone, Math.min(1, mass[best]), now);
    }

    /** The grid of the registry's plan, built again when the registry changes. */
    private FloorGrid grid(Beacons beacons) {
        Map<String, Point> placed = beacons.placed();
        if (placed != gridFor) {
            gridFor = placed;
            grid = FloorGrid.of(placed, beacons::zoneOf, settings.gridCellM());
        }
        return grid;
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
        return decide(s.deviceId(), t, t.loudest.hear(strongestPerZone, settings.alpha()), null, now);
    }

    /** The phone's reading noise as its estimator learnt it, in dB (the fixed assumption until it has). */
    private static double noiseDb(Track t) {
        if (t.belief != null) {
            return t.belief.noiseDb();
        }
        return t.guesses.noiseDb();
    }

    /** @param confidence how sure the estimator is of {@code best} this second, or {@code null} when it cannot say */
    private List<UplinkEvent> decide(String installId, Track t, String best, Double confidence, long now) {
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
        long ago = t.zone == null ? 0 : t.dating.agoMs(best, t.zone, t.zoneSince, now, noiseDb(t));
        long dwell = t.zone == null ? 0 : now - ago - t.zoneSince;
        t.zone = best;
        t.zoneSince = now - ago;
        t.candidate = null;
        t.candidateCount = 0;
        return List.of(new UplinkEvent.ShopperPresence(installId, best, change, dwell, confidence, ago));
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
