package io.lien.gateway.cleaning;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;

/**
 * When a shopper's move really happened. An estimator that weighs evidence second after second names a move a
 * second or two after the shopper crossed into the zone — at σ 6 dB, 79 % of its wrong seconds are those (issue 23) —
 * but by then its own record of the seconds before shows the new zone growing. One per shopper: it keeps the last
 * seconds' share of each zone and dates a move back to the first of them in which the new zone already held
 * {@link #SHARE} of the belief and a third of the old zone's, never before the previous move, never more than
 * {@link #HINDSIGHT_MS} back. Reported as {@code agoMs}; the report itself is not delayed.
 */
final class MoveDating {

    /**
     * Measured (docs/benchmarks.md, zone presence): σ 6 dB +1.2 / +1.6 points of shopper-seconds for the forward /
     * particle filter, σ 3 dB level; an absolute share alone won 0.4 more at σ 6 dB but lost 0.2 at σ 3 dB, where a
     * sharper belief shows the next zone before the shopper is in it.
     */
    static final double SHARE = 0.15;
    static final double AGAINST_OLD = 1 / 3.0;
    /** Never further back than this: how long the shares are kept. */
    static final long HINDSIGHT_MS = 5_000;

    private record Second(long at, Map<String, Double> shares) {
    }

    private final ArrayDeque<Second> seconds = new ArrayDeque<>();

    /** The estimator's share of each zone after the readings of {@code now}. */
    void remember(Map<String, Double> shares, long now) {
        seconds.addLast(new Second(now, shares));
        while (seconds.peekFirst().at() < now - HINDSIGHT_MS) {
            seconds.removeFirst();
        }
    }

    /**
     * @param from      the zone left
     * @param fromSince when the shopper came into it, as dated then
     * @return how long before {@code now} the move to {@code to} happened (0: now)
     */
    long agoMs(String to, String from, long fromSince, long now) {
        long since = now;
        Iterator<Second> older = seconds.descendingIterator();
        while (older.hasNext()) {
            Second s = older.next();
            if (s.at() >= now) {
                continue;
            }
            double share = s.shares().getOrDefault(to, 0.0);
            if (s.at() <= fromSince || share < SHARE || share < AGAINST_OLD * s.shares().getOrDefault(from, 0.0)) {
                break;
            }
            since = s.at();
        }
        return now - since;
    }
}
