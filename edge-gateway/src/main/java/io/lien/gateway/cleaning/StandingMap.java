package io.lien.gateway.cleaning;

/**
 * Where the shoppers of one floor stop — at racks, tables, mirrors — learnt from their own beliefs (issue 23): each
 * second a {@link ZoneBelief} is sure its shopper stands, its standing probabilities are added here. An aggregate of
 * the floor, never of a shopper, kept in the gateway's memory only. A walker then stops in a cell in proportion to how
 * often people stood there. Measured (docs/benchmarks.md): σ 6 dB 92.6 → 93.1 % of shopper-seconds, σ 3 dB 96.7 →
 * 97.1 %, Lien's own walks 94.9 → 95.2 %; the fixtures' true places, given instead, would bring 93.6 % at σ 6 dB.
 */
final class StandingMap {

    /** Standing seconds to know before the map is used: a new floor starts as if people stopped anywhere. */
    static final double LEARNT_AFTER_S = 200;
    /** A cell nobody stood in keeps this share of the plain stopping rate; the busiest get at most this many times it. */
    static final double STOP_BASE = 0.3;
    static final double STOP_MAX = 4;
    /** The map forgets by halves once it holds this many standing seconds: racks move, a store is laid out again. */
    static final double HALVED_AT_S = 50_000;

    private final double[] stood;
    private double seconds;

    StandingMap(int cells) {
        this.stood = new double[cells];
    }

    /** How much likelier than elsewhere a walker stops in this cell of the floor (1 until the map is learnt). */
    double stopWeight(int cell) {
        if (seconds < LEARNT_AFTER_S) {
            return 1;
        }
        double here = stood[cell] * stood.length / seconds;
        return Math.min(STOP_MAX, STOP_BASE + (1 - STOP_BASE) * here);
    }

    /** One second of a shopper surely standing: {@code still[i] / standing} is where, over the cells {@code cells[i]}. */
    void add(double[] still, int[] cells, double standing) {
        for (int i = 0; i < still.length; i++) {
            stood[cells[i]] += still[i] / standing;
        }
        seconds += 1;
        if (seconds >= HALVED_AT_S) {
            for (int i = 0; i < stood.length; i++) {
                stood[i] /= 2;
            }
            seconds /= 2;
        }
    }

    double seconds() {
        return seconds;
    }
}
