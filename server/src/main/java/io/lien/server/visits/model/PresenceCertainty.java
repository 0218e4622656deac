package io.lien.server.visits.model;

/**
 * When a zone the gateway reported is evidence enough. Each presence change carries how sure the gateway was of the
 * new zone; at σ 6 dB of radio noise a change reported below {@link #SURE} is right about as often as not, while one
 * still held {@link #HELD_MS} later was right 91–93 % of the time, as often as one reported at {@link #SURE} or more
 * (86–91 %; docs/benchmarks.md, issue 23). A change without a
 * confidence (a gateway from before it was sent) is taken as sure, as it always was.
 */
public final class PresenceCertainty {

    /** At or above this, the gateway's zone is taken at its word. */
    public static final double SURE = 0.8;
    /** An unsure zone that has held this long is settled. */
    public static final long HELD_MS = 3_000;
    /**
     * A stay shorter than this is no visit to the zone, however sure the gateway was when it began: readings come once a
     * second, and a gateway that finds a stay was never real dates the next move a millisecond after it (ADR 31).
     */
    public static final long UNDONE_MS = 1_000;

    private PresenceCertainty() {
    }

    /** Whether a stay in a zone was a visit to it: still going on, or at least {@link #UNDONE_MS} long. */
    public static boolean counts(long enteredAt, Long leftAt) {
        return leftAt == null || leftAt - enteredAt >= UNDONE_MS;
    }

    /** The same rule in SQL, for the rows of {@code visit_zone} under {@code alias}. */
    public static String countsSql(String alias) {
        return "(" + alias + ".left_at IS NULL OR " + alias + ".left_at - " + alias + ".entered_at >= " + UNDONE_MS + ")";
    }

    /** Whether a zone reported at {@code since} with {@code confidence} is settled at {@code now}. */
    public static boolean settled(Double confidence, long since, long now) {
        return confidence == null || confidence >= SURE || now - since >= HELD_MS;
    }
}
