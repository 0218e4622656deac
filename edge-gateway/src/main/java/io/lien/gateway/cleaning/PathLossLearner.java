package io.lien.gateway.cleaning;

/**
 * How fast signal fades on this floor, learnt from every shopper's readings. The configured path-loss exponent is a
 * guess made when the store was set up; a floor whose true exponent is 0.4 off it cost the default 3.8–4 points of
 * shopper-seconds at σ 6 dB (issue 23). Each second, the particle filter says how the likelihood of the readings it
 * has just weighed varies with the exponent, over the guesses as they now stand; the tracker adds those curves up over
 * every shopper, forgetting slowly, and once enough are in takes the exponent at their top (an online EM: each
 * position is guessed with the exponent of the moment, each exponent fitted to the positions guessed). It reads a
 * little low (on the benchmark's floors 2.1 for 2.2, 2.4 for 2.6: the guessed positions are uncertain, which flattens
 * the fit), so it is shown always and used only where {@code presence.learn-path-loss} says so.
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
     * phone's level; and a phone that reports only its three loudest beacons shows them louder than they are (issue
     * 23: learning from those cost 1.4 points on that row).
     */
    static final int READINGS_BEYOND = 3;

    private double linear;
    private double square;
    private long sightings;
    private double exponent;

    PathLossLearner(double configured) {
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

    /** The exponent to use now: the configured one until enough readings are in. */
    double exponent() {
        return exponent;
    }

}
