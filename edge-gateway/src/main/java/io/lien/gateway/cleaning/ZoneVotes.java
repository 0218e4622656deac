package io.lien.gateway.cleaning;

import io.lien.protocol.uplink.StoreRegistry.Point;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which zone a particle cloud puts its shopper in: each guess stands in the zone of its nearest beacon, the zone of the
 * beacon nearest to the most guesses wins, and each zone's share of the guesses says how sure the cloud is. The beacons
 * are every one the plan places, heard or not — a zone whose beacon died, or that a phone reporting only its loudest
 * beacons leaves out, is still where a shopper may stand (issue 23: σ 6 dB, dead beacon 84.5 → 93.2 % of seconds) —
 * or, when the registry does not list them, those heard. One per tracker: the list is built again when the plan changes.
 */
final class ZoneVotes {

    /** @param shares each zone's share of the guesses (0..1) */
    record Count(String zone, Map<String, Double> shares) {
    }

    private Map<String, Point> builtFor;
    private List<ParticleCloud.Heard> placed = List.of();
    /** Every zone met so far, by the label the clouds keep in their past (stable for as long as the tracker lives). */
    private final Map<String, Integer> labels = new HashMap<>();
    private final List<String> zones = new ArrayList<>();
    private List<ParticleCloud.Heard> labelledFor;
    private int[] labelOfCandidate;

    Count count(ParticleCloud cloud, PresenceTracker.Beacons beacons, List<ParticleCloud.Heard> heard) {
        List<ParticleCloud.Heard> candidates = candidates(beacons, heard);
        if (candidates != labelledFor) { // the plan's beacons: labelled once per plan; the beacons heard: each time
            labelledFor = candidates;
            labelOfCandidate = new int[candidates.size()];
            for (int c = 0; c < labelOfCandidate.length; c++) {
                labelOfCandidate[c] = labels.computeIfAbsent(beacons.zoneOf(candidates.get(c).beaconId()), zone -> {
                    zones.add(zone);
                    return zones.size() - 1;
                });
            }
        }
        int[] votes = cloud.nearestVotes(candidates, labelOfCandidate);
        int winner = 0;
        Map<String, Integer> inZone = new HashMap<>();
        for (int c = 0; c < votes.length; c++) {
            winner = votes[c] > votes[winner] ? c : winner;
            inZone.merge(beacons.zoneOf(candidates.get(c).beaconId()), votes[c], Integer::sum);
        }
        Map<String, Double> shares = new HashMap<>();
        inZone.forEach((zone, n) -> shares.put(zone, (double) n / cloud.size()));
        return new Count(beacons.zoneOf(candidates.get(winner).beaconId()), shares);
    }

    /**
     * Each zone's share of the guesses {@code secondsAgo} seconds back, as the guesses alive now trace their past: what
     * the readings since then say of that second. {@code null} when the cloud does not reach that far.
     */
    Map<String, Double> sharesAgo(ParticleCloud cloud, int secondsAgo) {
        int[] count = cloud.labelsAgo(secondsAgo, zones.size());
        if (count == null) {
            return null;
        }
        Map<String, Double> shares = new HashMap<>();
        for (int z = 0; z < count.length; z++) {
            if (count[z] > 0) {
                shares.put(zones.get(z), (double) count[z] / cloud.size());
            }
        }
        return shares;
    }

    private List<ParticleCloud.Heard> candidates(PresenceTracker.Beacons beacons, List<ParticleCloud.Heard> heard) {
        Map<String, Point> all = beacons.placed();
        if (all != builtFor) {
            builtFor = all;
            // in the order of their ids: a tie between two beacons is settled the same way on every run
            placed = all.entrySet().stream().filter(e -> beacons.zoneOf(e.getKey()) != null)
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> new ParticleCloud.Heard(e.getKey(), e.getValue(), 0, 0)).toList();
        }
        return placed.isEmpty() ? heard : placed;
    }
}
