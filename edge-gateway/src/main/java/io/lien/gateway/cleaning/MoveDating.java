package io.lien.gateway.cleaning;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * When a shopper's move really happened. An estimator that weighs evidence second after second names a move a
 * second or two after the shopper crossed into the zone when readings are noisy — at σ 6 dB, 79 % of its wrong
 * seconds are those (issue 23) — but by then its own record of the seconds before shows the new zone growing. One per
 * shopper: it keeps the last seconds' share of each zone and dates a move back to the first of them in which the new
 * zone already held {@link #SHARE} of the belief and a third of the old zone's, never before the previous move, never
 * more than {@link #HINDSIGHT_MS} back. Reported as {@code agoMs}; the report itself is not delayed.
 * <p>
 * An estimator that can say what it now believes of those seconds — the particle filter, whose guesses alive now
 * trace where their ancestors stood ({@link ParticleCloud#labelsAgo}) — revises them before a move is dated
 * ({@link #lookBack}). Such shares are a smoother's, not a filter's: the new zone then needs only to hold at least the
 * old zone's share, and for any phone, noisy or not (ADR 31's amendment).
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

    /** @param afterwards whether the shares were revised in the light of the readings after that second */
    private record Second(long at, Map<String, Double> shares, boolean afterwards) {

        /** Whether this second already counts for the new zone. */
        boolean heldBy(String to, String from) {
            double share = shares.getOrDefault(to, 0.0);
            double old = shares.getOrDefault(from, 0.0);
            return afterwards ? share > 0 && share >= old : share >= SHARE && share >= AGAINST_OLD * old;
        }
    }

    private final ArrayDeque<Second> seconds = new ArrayDeque<>();

    /** The estimator's share of each zone after the readings of {@code now}. */
    void remember(Map<String, Double> shares, long now) {
        seconds.addLast(new Second(now, shares, false));
        while (seconds.peekFirst().at() < now - HINDSIGHT_MS) {
            seconds.removeFirst();
        }
    }

    /**
     * Revises the seconds kept by what the estimator now says of them.
     *
     * @param sharesAgo each zone's share {@code k} seconds kept back (0: the last one), or {@code null} where the
     *                  estimator cannot say
     */
    void lookBack(IntFunction<Map<String, Double>> sharesAgo) {
        // once round the deque, oldest first: each second leaves the front and comes back, revised, at the back
        for (int k = seconds.size() - 1; k >= 0; k--) {
            Second s = seconds.removeFirst();
            Map<String, Double> now = sharesAgo.apply(k);
            seconds.addLast(now == null ? s : new Second(s.at(), now, true));
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
        boolean afterwards = false;
        Iterator<Second> older = seconds.descendingIterator();
        while (older.hasNext()) {
            Second s = older.next();
            if (s.at() >= now) {
                continue;
            }
            if (!s.heldBy(to, from)) {
                break;
            }
            if (s.at() <= fromSince) {
                return now - fromSince - 1; // the stay in the zone left was never real
            }
            since = s.at();
            afterwards |= s.afterwards();
        }
        return noiseDb >= NOISY_DB || afterwards ? now - since : 0;
    }
}
