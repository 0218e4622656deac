package io.lien.bench.presence;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Shoppers' true positions, second by second, under several walk models — written for this benchmark, apart from
 * firmware-sim's own walks, so that the gateway is tried on movement Lien did not write.
 */
final class Walks {

    /** How people move. */
    enum Model {
        /** 1 m/s in straight lines between fixtures, 10–60 s at each (the outside tester's model). */
        SPOTS,
        /** The same, with 2–6 s stops at every fixture passed within 1.5 m. */
        PAUSES,
        /** Stops within a metre of a border between zones, where the two sides are hardest to tell apart. */
        BORDERS,
        /** Groups of 2–4 walking together, a metre apart, each with a phone. */
        GROUPS
    }

    /** One shopper: arrives at second {@code from}, then stands at {@code x[i], y[i]} at second {@code from + i}. */
    record Walker(String installId, long from, double[] x, double[] y) {
        long until() {
            return from + x.length;
        }
    }

    static final double SPEED_M_PER_S = 1.0;

    private Walks() {
    }

    static List<Walker> of(Model model, WalkStore store, int shoppers, long seed) {
        Random random = new Random(seed);
        List<Walker> walkers = new ArrayList<>();
        int n = 0;
        while (walkers.size() < shoppers) {
            long arrives = random.nextInt(600);
            List<double[]> path = path(model, store, random);
            int members = model == Model.GROUPS ? Math.min(2 + random.nextInt(3), shoppers - walkers.size()) : 1;
            for (int m = 0; m < members; m++) {
                double dx = m == 0 ? 0 : (random.nextDouble() - 0.5) * 2;
                double dy = m == 0 ? 0 : (random.nextDouble() - 0.5) * 2;
                double[] x = new double[path.size()];
                double[] y = new double[path.size()];
                for (int i = 0; i < path.size(); i++) {
                    x[i] = clamp(path.get(i)[0] + dx, store.width());
                    y[i] = clamp(path.get(i)[1] + dy, store.height());
                }
                walkers.add(new Walker("walk-" + n++, arrives, x, y));
            }
        }
        return walkers;
    }

    /** In through the entrance (the corner of the first zone), 3–6 stops, out the same way. */
    private static List<double[]> path(Model model, WalkStore store, Random random) {
        List<double[]> seconds = new ArrayList<>();
        double[] at = {0.5, 0.5};
        seconds.add(at.clone());
        int stops = 3 + random.nextInt(4);
        for (int s = 0; s < stops; s++) {
            double[] stop = model == Model.BORDERS ? nearABorder(store, random) : spot(store, random);
            walk(seconds, at, stop, model == Model.PAUSES ? store : null, random);
            at = stop;
            int dwell = 10 + random.nextInt(51);
            for (int i = 0; i < dwell; i++) {
                seconds.add(at.clone());
            }
        }
        walk(seconds, at, new double[]{0.5, 0.5}, null, random);
        return seconds;
    }

    private static double[] spot(WalkStore store, Random random) {
        WalkStore.Spot spot = store.spots().get(random.nextInt(store.spots().size()));
        return new double[]{spot.x(), spot.y()};
    }

    /** A point within a metre of a line between two zones (not at the outer walls). */
    private static double[] nearABorder(WalkStore store, Random random) {
        boolean vertical = store.columns() > 1 && (store.rows() == 1 || random.nextBoolean());
        double off = (random.nextDouble() - 0.5) * 2;
        if (vertical) {
            double line = store.cell() * (1 + random.nextInt(store.columns() - 1));
            return new double[]{line + off, 0.8 + random.nextDouble() * (store.height() - 1.6)};
        }
        double line = store.cell() * (1 + random.nextInt(store.rows() - 1));
        return new double[]{0.8 + random.nextDouble() * (store.width() - 1.6), line + off};
    }

    /** One position a second from {@code a} to {@code b}; with a store, a short stop at each fixture passed close by. */
    private static void walk(List<double[]> seconds, double[] a, double[] b, WalkStore pausesAt, Random random) {
        double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
        int steps = (int) Math.ceil(length / SPEED_M_PER_S);
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps;
            double[] p = {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])};
            seconds.add(p);
            if (pausesAt != null && nearAFixture(pausesAt, p) && random.nextDouble() < 0.5) {
                int pause = 2 + random.nextInt(5);
                for (int k = 0; k < pause; k++) {
                    seconds.add(p.clone());
                }
            }
        }
    }

    private static boolean nearAFixture(WalkStore store, double[] p) {
        return store.spots().stream().anyMatch(s -> Math.hypot(s.x() - p[0], s.y() - p[1]) < 1.5);
    }

    private static double clamp(double v, double max) {
        return Math.max(0.1, Math.min(max - 0.1, v));
    }
}
