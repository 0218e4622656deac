package io.lien.gateway.cleaning;

/**
 * How fast signal fades on this floor, learnt from every shopper's readings. The configured path-loss exponent is a
 * guess made when the store was set up; a floor whose true exponent is 0.4 off it cost the default 3.8–4 points of
 * shopper-seconds at σ 6 dB (issue 23). Each second, the particle filter says how the likelihood of the readings it
 * has just weighed varies with the exponent, over the guesses as they now stand; the tracker adds those curves up over
 * every shopper, forgetting slowly, and once enough are in takes the exponent at their top (an online EM: each
 * position is guessed with the exponent of the moment, each exponent fitted to the positions guessed).
 * <p>
 * It reads a little low where positions are uncertain, which flattens the fit: at σ 6 dB on the benchmark's floors
 * 2.13–2.17 for a true 2.2, 2.36–2.44 for 2.6, 1.81–1.84 for 1.8 (σ 3 dB: 2.20–2.21), and 1.97–2.02 where shoppers
 * stop on zone borders. So it replaces the configured exponent only when the two are more than {@link #SURELY_OFF}
 * apart: a configured value that is right is kept, one that is clearly wrong is not (ADR 32).
 */
final class PathLossLearner {

    static final double LOWEST = 1.5;
    static final double HIGHEST = 3.5;
    /** Sightings before the learnt exponent is trusted over the configured one. */
    static final int WARM_UP = 1_000;
    /** Per sighting, how much of the evidence so far is kept (about the last 20,000 sightings count). */
    static final double KEEP = 1 - 1.0 / 20_000;
    /**
     * A sighting says something of the fading only with more readings than this: three fix a position and the
     * phone's level.
     */
    static final int READINGS_BEYOND = 3;
    /** Reports of one length in a row after which a phone is taken to report only its loudest beacons. */
    static final int SAME_LENGTH = 5;

    /**
     * Which of a phone's sightings may teach the fading. A phone that reports only its few loudest beacons (as Lien's
     * own app does, 12 of them, to stay within a message) leaves out the quiet ones because they are quiet: what it
     * reports of the far beacons is louder than they are, and the fading learnt from it is too slow (Lien's own walks:
     * 1.96 for a floor of 2.2). Such a phone shows itself by reporting the same number of beacons again and again,
     * fewer than the plan places; it is not learnt from (the configured exponent stays if no phone is left).
     */
    static final class Reports {
        private int lastLength = -1;
        private int sameInARow;

        boolean tellsTheFading(int length, int placedBeacons) {
            sameInARow = length == lastLength ? sameInARow + 1 : 1;
            lastLength = length;
            boolean loudestOnly = sameInARow >= SAME_LENGTH && length < placedBeacons;
            return length > READINGS_BEYOND && !loudestOnly;
        }
    }

    private double linear;
    private double square;
    private long sightings;
    private double exponent;

    private final double configured;
    private final boolean used;

    /**
     * @param configured the store's setting ({@code presence.path-loss-exponent})
     * @param used       whether the learnt exponent may replace it ({@code presence.learn-path-loss})
     */
    PathLossLearner(double configured, boolean used) {
        this.configured = configured;
        this.used = used;
        this.exponent = configured;
    }

    /** @param curve {@code {b, c}}: one sighting's log-likelihood is {@code b·n + c·n²} plus a constant */
    void add(double[] curve) {
        linear = linear * KEEP + curve[0];
        square = square * KEEP + curve[1];
        if (++sightings >= WARM_UP && square < 0) {
            exponent = Math.max(LOWEST, Math.min(HIGHEST, -linear / (2 * square)));
        }
    }

    /** How far the learnt exponent must be from the configured one to be used instead (its own bias is up to 0.1). */
    static final double SURELY_OFF = 0.15;

    /** What the readings say (the configured exponent until enough are in). */
    double exponent() {
        return exponent;
    }

    /** The exponent to weigh readings with: the learnt one where it may be used and the setting is surely off. */
    double toWeighWith() {
        return used && Math.abs(exponent - configured) > SURELY_OFF ? exponent : configured;
    }

}
