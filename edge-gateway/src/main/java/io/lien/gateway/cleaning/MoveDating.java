package io.lien.gateway.cleaning;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;

/**
 * When a shopper's move really happened. An estimator that weighs evidence second after second names a move a
 * second or two after the shopper crossed into the zone when readings are noisy — at σ 6 dB, 79 % of its wrong
 * seconds are those (issue 23) — but by then its own record of the seconds before shows the new zone growing. One per
 * shopper: it keeps the last seconds' share of each zone and dates a move back to the first of them in which the new
 * zone already held {@link #SHARE} of the belief and a third of the old zone's, never before the previous move, never
 * more than {@link #HINDSIGHT_MS} back. Reported as {@code agoMs}; the report itself is not delayed.
 * <p>
 * Two cases, measured apart (docs/benchmarks.md, zone presence):
 * <ul>
 *   <li>a stay that was never real — the new zone held its share in every second since the previous move: the move
 *   is dated just after that one, so the mistaken zone lasts a millisecond (a back-and-forth on a border, mostly);</li>
 *   <li>a late move — only for a phone whose readings are noisy ({@link #NOISY_DB} or more, as learnt): with quiet
 *   readings the estimators are on time (Lien's own walks at σ 3 dB: changes reported after a median of 0 s) and
 *   dating back only makes moves early.</li>
 * </ul>
 */
final class MoveDating {

    /** Shares measured best at σ 6 dB without losing at σ 3 dB (an absolute share alone lost 0.2 point there). */
    static final double SHARE = 0.15;
    static final double AGAINST_OLD = 1 / 3.0;
    /** Never further back than this: how long the shares are kept. */
    static final long HINDSIGHT_MS = 5_000;
    /** The reading noise (as learnt per phone) from which a move may be late. */
    static final double NOISY_DB = 4.5;

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
     * @param noiseDb   the phone's reading noise, as the estimator learnt it
     * @return how long before {@code now} the move to {@code to} happened (0: now)
     */
    long agoMs(String to, String from, long fromSince, long now, double noiseDb) {
        long since = now;
        Iterator<Second> older = seconds.descendingIterator();
        while (older.hasNext()) {
            Second s = older.next();
            if (s.at() >= now) {
                continue;
            }
            double share = s.shares().getOrDefault(to, 0.0);
            if (share < SHARE || share < AGAINST_OLD * s.shares().getOrDefault(from, 0.0)) {
                break;
            }
            if (s.at() <= fromSince) {
                return now - fromSince - 1; // the stay in the zone left was never real
            }
            since = s.at();
        }
        return noiseDb >= NOISY_DB ? now - since : 0;
    }
}
