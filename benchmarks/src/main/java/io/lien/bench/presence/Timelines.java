package io.lien.bench.presence;

import io.lien.protocol.uplink.UplinkEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What an estimator said of each shopper, twice: the zones as it dated them (a move placed {@code agoMs} before it was
 * reported, when the readings that followed showed it late) — what the seconds are scored on — and the zones as they
 * were reported, second by second — what a change's delay is measured on.
 */
public final class Timelines {

    /** Per install: the zone from each time on, as dated by the gateway ("" = left). */
    public final Map<String, NavigableMap<Long, String>> dated = new HashMap<>();
    /** Per install: the zone from each time on, as it was reported. */
    public final Map<String, NavigableMap<Long, String>> reported = new HashMap<>();
    /** One change as the gateway sent it: when, when it said it happened, and the zone ("" = left). */
    public record Change(long reportedAt, long datedAt, String zone) {
    }

    /** Per install: every change in the order it was sent (both moments, where the maps above keep one each). */
    public final Map<String, List<Change>> changes = new HashMap<>();
    /** Per install: the confidence of each change, when it was reported (what the server's settling rule works on). */
    public final Map<String, NavigableMap<Long, Double>> confidence = new HashMap<>();

    /** @return whether it was a presence event */
    public boolean record(UplinkEvent e, long at) {
        if (!(e instanceof UplinkEvent.ShopperPresence p)) {
            return false;
        }
        String zone = p.change().equals("leave") ? "" : p.zone();
        dated.computeIfAbsent(p.installId(), k -> new TreeMap<>()).put(at - p.agoMs(), zone);
        reported.computeIfAbsent(p.installId(), k -> new TreeMap<>()).put(at, zone);
        changes.computeIfAbsent(p.installId(), k -> new ArrayList<>()).add(new Change(at, at - p.agoMs(), zone));
        if (p.confidence() != null) {
            confidence.computeIfAbsent(p.installId(), k -> new TreeMap<>()).put(at, p.confidence());
        }
        return true;
    }

    /** Adds these timelines to a score: seconds as dated, delays as reported. */
    public void scoreInto(PresenceScore score, Map<String, Map<Long, String>> truth) {
        score.add(truth, dated, reported);
    }
}
