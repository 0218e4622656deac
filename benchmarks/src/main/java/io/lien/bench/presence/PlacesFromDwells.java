package io.lien.bench.presence;

import io.lien.protocol.device.AppSightings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Could a gateway learn where its floor's shoppers stand to within half a metre — what the bound needs to pass 97 %
 * (ADR 31, sixth session)? For each dwell of 10 s or more, the position that best explains all its seconds' readings
 * (a 0.25 m grid search, each second with its own phone offset, under the gateway's assumed exponent); the fits of the
 * dwells at one fixture averaged. Optimistic on purpose: the dwells and their fixtures are taken from the truth, where a
 * gateway would have to find both. Run: {@code java … PlacesFromDwells <case index> <shoppers> <seeds>}.
 */
public final class PlacesFromDwells {

    static final int DWELL_S = 10;
    static final double GRID_M = 0.25;
    static final double ASSUMED_EXPONENT = 2.2;
    static final double SIGMA_DB = 6;
    static final double OFFSET_DB = 2;

    private PlacesFromDwells() {
    }

    public static void main(String[] args) {
        ZonePresenceBenchmark.Case c = ZonePresenceBenchmark.cases().get(Integer.parseInt(args[0]));
        int shoppers = Integer.parseInt(args[1]);
        int seeds = Integer.parseInt(args[2]);
        double dwellError = 0;
        int dwells = 0;
        List<Double> placeError = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            WalkStore store = c.floor().apply(seed);
            Random radio = new Random(seed);
            Random phones = new Random(seed * 31); // each phone's gain, drawn as the benchmark draws it
            Map<WalkStore.Spot, List<double[]>> fits = new HashMap<>();
            for (Walks.Walker w : Walks.of(c.model(), store, shoppers, seed * 1_000 + c.name().hashCode())) {
                double gain = c.radio().phonesDb() * phones.nextGaussian();
                for (int i = 0, j; i < w.x().length; i = j + 1) {
                    j = i;
                    while (j + 1 < w.x().length && w.x()[j + 1] == w.x()[i] && w.y()[j + 1] == w.y()[i]) {
                        j++;
                    }
                    WalkStore.Spot spot = spotAt(store, w.x()[i], w.y()[i]);
                    if (j - i + 1 < DWELL_S || spot == null) {
                        continue;
                    }
                    List<List<AppSightings.Sighting>> seconds = new ArrayList<>();
                    for (int k = i; k <= j; k++) {
                        seconds.add(c.radio().hear(store, w.x()[k], w.y()[k], w.from() + k, radio, gain));
                    }
                    double[] fit = fit(store, seconds);
                    dwellError += Math.hypot(fit[0] - spot.x(), fit[1] - spot.y());
                    dwells++;
                    fits.computeIfAbsent(spot, k -> new ArrayList<>()).add(fit);
                }
            }
            fits.forEach((spot, f) -> placeError.add(Math.hypot(f.stream().mapToDouble(p -> p[0]).average().orElseThrow() - spot.x(),
                    f.stream().mapToDouble(p -> p[1]).average().orElseThrow() - spot.y())));
        }
        Collections.sort(placeError);
        System.out.printf("%s: %d dwells of %d s or more, each placed %.2f m from its fixture on average; fixtures (the mean of their "
                        + "dwells) placed %.2f m off (median), %.2f m (p90), %.2f m (worst of %d)%n", c.name(), dwells, DWELL_S,
                dwellError / dwells, placeError.get(placeError.size() / 2), placeError.get((int) (placeError.size() * 0.9)),
                placeError.get(placeError.size() - 1), placeError.size());
    }

    private static WalkStore.Spot spotAt(WalkStore store, double x, double y) {
        return store.spots().stream().filter(s -> Math.hypot(s.x() - x, s.y() - y) < 1e-6).findFirst().orElse(null);
    }

    /** Where a phone standing still for these seconds most likely stood. */
    static double[] fit(WalkStore store, List<List<AppSightings.Sighting>> seconds) {
        Map<String, WalkStore.Beacon> beacons = new HashMap<>();
        store.beacons().forEach(b -> beacons.put(b.id(), b));
        double best = Double.NEGATIVE_INFINITY;
        double[] at = new double[2];
        for (double x = GRID_M / 2; x < store.width(); x += GRID_M) {
            for (double y = GRID_M / 2; y < store.height(); y += GRID_M) {
                double logLikelihood = 0;
                for (List<AppSightings.Sighting> second : seconds) {
                    logLikelihood += logLikelihood(beacons, second, x, y);
                }
                if (logLikelihood > best) {
                    best = logLikelihood;
                    at = new double[]{x, y};
                }
            }
        }
        return at;
    }

    private static double logLikelihood(Map<String, WalkStore.Beacon> beacons, List<AppSightings.Sighting> second, double x, double y) {
        int k = second.size();
        double[] residual = new double[k];
        double mean = 0;
        for (int b = 0; b < k; b++) {
            WalkStore.Beacon beacon = beacons.get(second.get(b).beaconId());
            double d = Math.max(0.5, Math.hypot(beacon.x() - x, beacon.y() - y));
            residual[b] = second.get(b).rssi() - (Radio.TX_POWER - 10 * ASSUMED_EXPONENT * Math.log10(d));
            mean += residual[b];
        }
        double offset = mean / (k + (SIGMA_DB / OFFSET_DB) * (SIGMA_DB / OFFSET_DB));
        double l = -offset * offset / (2 * OFFSET_DB * OFFSET_DB);
        for (int b = 0; b < k; b++) {
            l -= (residual[b] - offset) * (residual[b] - offset) / (2 * SIGMA_DB * SIGMA_DB);
        }
        return l;
    }
}
