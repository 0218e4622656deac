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
 * gateway would have to find both. Run: {@code java … PlacesFromDwells <case index> <shoppers> <seeds> [one-offset]} (one-offset: the phone's offset
 * one unknown for the whole dwell rather than one a second).
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
        boolean oneOffset = args.length > 3 && args[3].equals("one-offset");
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
                    double[] fit = fit(store, seconds, oneOffset);
                    dwellError += Math.hypot(fit[0] - spot.x(), fit[1] - spot.y());
                    dwells++;
                    fits.computeIfAbsent(spot, k -> new ArrayList<>()).add(fit);
                }
            }
            fits.forEach((spot, f) -> placeError.add(Math.hypot(f.stream().mapToDouble(p -> p[0]).average().orElseThrow() - spot.x(),
                    f.stream().mapToDouble(p -> p[1]).average().orElseThrow() - spot.y())));
        }
        Collections.sort(placeError);
        System.out.printf("%s%s: %d dwells of %d s or more, each placed %.2f m from its fixture on average; fixtures (the mean of their "
                        + "dwells) placed %.2f m off (median), %.2f m (p90), %.2f m (worst of %d)%n", c.name(), oneOffset ? ", one offset a dwell" : "", dwells, DWELL_S,
                dwellError / dwells, placeError.get(placeError.size() / 2), placeError.get((int) (placeError.size() * 0.9)),
                placeError.get(placeError.size() - 1), placeError.size());
    }

    private static WalkStore.Spot spotAt(WalkStore store, double x, double y) {
        return store.spots().stream().filter(s -> Math.hypot(s.x() - x, s.y() - y) < 1e-6).findFirst().orElse(null);
    }

    /** Where a phone standing still for these seconds most likely stood, its offset one unknown a second. */
    static double[] fit(WalkStore store, List<List<AppSightings.Sighting>> seconds) {
        return fit(store, seconds, false);
    }

    /** @param oneOffset whether the phone's offset is one unknown for the whole dwell (else one a second) */
    static double[] fit(WalkStore store, List<List<AppSightings.Sighting>> seconds, boolean oneOffset) {
        Map<String, WalkStore.Beacon> beacons = new HashMap<>();
        store.beacons().forEach(b -> beacons.put(b.id(), b));
        double best = Double.NEGATIVE_INFINITY;
        double[] at = new double[2];
        for (double x = GRID_M / 2; x < store.width(); x += GRID_M) {
            for (double y = GRID_M / 2; y < store.height(); y += GRID_M) {
                double logLikelihood = 0;
                if (oneOffset) {
                    logLikelihood = logLikelihood(beacons, seconds, x, y);
                } else {
                    for (List<AppSightings.Sighting> second : seconds) {
                        logLikelihood += logLikelihood(beacons, List.of(second), x, y);
                    }
                }
                if (logLikelihood > best) {
                    best = logLikelihood;
                    at = new double[]{x, y};
                }
            }
        }
        return at;
    }

    /** How well a phone at (x, y) explains these seconds' readings, its offset one unknown for all of them. */
    private static double logLikelihood(Map<String, WalkStore.Beacon> beacons, List<List<AppSightings.Sighting>> seconds, double x,
                                        double y) {
        double sum = 0;
        double sumOfSquares = 0;
        int n = 0;
        for (List<AppSightings.Sighting> second : seconds) {
            for (AppSightings.Sighting s : second) {
                WalkStore.Beacon beacon = beacons.get(s.beaconId());
                double d = Math.max(0.5, Math.hypot(beacon.x() - x, beacon.y() - y));
                double residual = s.rssi() - (Radio.TX_POWER - 10 * ASSUMED_EXPONENT * Math.log10(d));
                sum += residual;
                sumOfSquares += residual * residual;
                n++;
            }
        }
        // the offset most likely given the residuals and its prior; then the residuals' spread around it
        double offset = sum / (n + (SIGMA_DB / OFFSET_DB) * (SIGMA_DB / OFFSET_DB));
        double spread = sumOfSquares - 2 * offset * sum + n * offset * offset;
        return -offset * offset / (2 * OFFSET_DB * OFFSET_DB) - spread / (2 * SIGMA_DB * SIGMA_DB);
    }
}
