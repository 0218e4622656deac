package io.lien.bench;

import java.util.List;

/** Nearest-rank percentiles of sorted measurements, as every latency benchmark here reports them. */
final class Percentile {

    private Percentile() {
    }

    /** The p-th percentile of {@code sorted}, NaN when there are none. */
    static double of(List<Double> sorted, int p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
