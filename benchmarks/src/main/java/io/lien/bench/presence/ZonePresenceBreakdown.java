package io.lien.bench.presence;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Where an estimator's wrong seconds are: walking or standing, how far from a zone border, how long after a stop —
 * the reading that tells which part of a presence benchmark's loss a change could win back. Seconds are scored as the
 * gateway dated its moves; the calibration (how often a change at each confidence was right, and still held N s later)
 * as it reported them, which is what the server's settling rule sees.
 * Run: {@code java … ZonePresenceBreakdown <case index> <shoppers> <seeds>} (classpath as in docs/benchmarks.md).
 */
public final class ZonePresenceBreakdown {

    private ZonePresenceBreakdown() {
    }

    public static void main(String[] args) {
        ZonePresenceBenchmark.Case c = ZonePresenceBenchmark.cases().get(Integer.parseInt(args[0]));
        int shoppers = Integer.parseInt(args[1]);
        int seeds = Integer.parseInt(args[2]);
        Map<String, long[]> forward = new TreeMap<>();
        Map<String, long[]> particles = new TreeMap<>();
        Map<String, long[]> bound = new TreeMap<>();
        Map<String, long[]> hindsight = new TreeMap<>();
        Map<String, long[]> forwardSure = new TreeMap<>();
        Map<String, long[]> particlesSure = new TreeMap<>();
        LossCeilings forwardMended = new LossCeilings();
        LossCeilings particlesMended = new LossCeilings();
        for (long seed = 1; seed <= seeds; seed++) {
            ZonePresenceBenchmark.Run run = ZonePresenceBenchmark.run(c, shoppers, seed);
            forwardMended.add(run.truth(), run.gateway());
            particlesMended.add(run.truth(), run.before());
            WalkStore store = c.floor().apply(seed);
            List<Walks.Walker> walkers = Walks.of(c.model(), store, shoppers, seed * 1_000 + c.name().hashCode());
            for (Walks.Walker w : walkers) {
                tally(store, w, run.truth().get(w.installId()), run.gateway().dated.getOrDefault(w.installId(), new TreeMap<>()), forward);
                tally(store, w, run.truth().get(w.installId()), run.before().dated.getOrDefault(w.installId(), new TreeMap<>()), particles);
                tally(store, w, run.truth().get(w.installId()), run.bound().getOrDefault(w.installId(), new TreeMap<>()), bound);
                tally(store, w, run.truth().get(w.installId()), run.hindsight().getOrDefault(w.installId(), new TreeMap<>()), hindsight);
                calibration(run.truth().get(w.installId()), run.gateway().reported.get(w.installId()), run.gateway().confidence.get(w.installId()), forwardSure);
                calibration(run.truth().get(w.installId()), run.before().reported.get(w.installId()), run.before().confidence.get(w.installId()), particlesSure);
            }
        }
        System.out.println(c.name());
        System.out.println("| seconds | count | forward filter wrong | particle filter wrong | bound wrong | bound with hindsight wrong |");
        System.out.println("|---|---|---|---|---|---|");
        forward.forEach((k, f) -> System.out.printf("| %s | %d | %s | %s | %s | %s |%n", k, f[0], share(f), share(particles.get(k)),
                c.bounded() ? share(bound.get(k)) : "—", c.bounded() ? share(hindsight.get(k)) : "—"));
        print("forward filter", forwardSure);
        print("particle filter", particlesSure);
        System.out.println();
        System.out.println("| mended with the truth: right / steady | dated at the true crossing | false changes removed | both | false changes |");
        System.out.println("|---|---|---|---|---|");
        print("forward filter", forwardMended);
        print("particle filter", particlesMended);
    }

    private static void print(String estimator, LossCeilings m) {
        System.out.printf("| %s | %s | %s | %s | %d |%n", estimator, rightSteady(m.datedAtTheCrossing), rightSteady(m.withoutFalseChanges),
                rightSteady(m.both), m.falseChanges);
    }

    private static String rightSteady(PresenceScore s) {
        return String.format("%.1f %% / %.1f %%", s.rightPercent(), s.steadyPercent());
    }

    private static void print(String estimator, Map<String, long[]> bins) {
        System.out.println();
        System.out.println("| " + estimator + ": confidence reported with a change | changes | zone right that second | right 5 s later (held rows: when still held) |");
        System.out.println("|---|---|---|---|");
        bins.forEach((k, n) -> System.out.printf("| %s | %d | %.1f %% | %.1f %% |%n", k, n[0], 100.0 * n[1] / n[0], 100.0 * n[2] / n[0]));
    }

    /** Is a change's zone right at the second it was reported, and 5 s later, by the confidence it came with? */
    private static void calibration(Map<Long, String> truth, NavigableMap<Long, String> zones, NavigableMap<Long, Double> confidence,
                                    Map<String, long[]> into) {
        if (zones == null || confidence == null) {
            return;
        }
        confidence.forEach((at, c) -> {
            String zone = zones.get(at);
            long s = at / 1000;
            for (int held : new int[]{2, 3, 5, 10}) {
                Map.Entry<Long, String> later = zones.floorEntry((s + held) * 1000 + 999);
                if (c < 0.8 && later.getKey().equals(at) && truth.get(s + held) != null) {
                    long[] h = into.computeIfAbsent("below 0.8, still held " + held + " s later", k -> new long[3]);
                    h[0]++;
                    h[1] += zone.equals(truth.get(s)) ? 1 : 0;
                    h[2] += zone.equals(truth.get(s + held)) ? 1 : 0;
                }
            }
            String bin = c >= 1 ? "1.00" : String.format("%.1f–%.1f", Math.floor(c * 10) / 10, Math.floor(c * 10) / 10 + 0.1);
            long[] n = into.computeIfAbsent(bin, k -> new long[3]);
            n[0]++;
            n[1] += zone.equals(truth.get(s)) ? 1 : 0;
            n[2] += zone.equals(truth.get(s + 5)) ? 1 : 0;
        });
    }

    private static String share(long[] n) {
        if (n == null) {
            return "—";
        }
        return String.format("%d (%.1f %%)", n[1], 100.0 * n[1] / n[0]);
    }

    private static void tally(WalkStore store, Walks.Walker w, Map<Long, String> truth, NavigableMap<Long, String> belief,
                              Map<String, long[]> into) {
        int stillFor = 0;
        int walkingFor = 0;
        for (int i = 0; i < w.x().length; i++) {
            long s = w.from() + i;
            boolean standing = i > 0 && w.x()[i] == w.x()[i - 1] && w.y()[i] == w.y()[i - 1];
            stillFor = standing ? stillFor + 1 : 0;
            walkingFor = standing ? 0 : walkingFor + 1;
            String zone = truth.get(s);
            Map.Entry<Long, String> b = belief.floorEntry(s * 1000 + 999);
            boolean wrong = b == null || !zone.equals(b.getValue());
            boolean steady = true;
            for (long k = s - PresenceScore.AROUND_S; k <= s + PresenceScore.AROUND_S; k++) {
                steady &= zone.equals(truth.get(k));
            }
            double border = toBorder(store, w.x()[i], w.y()[i]);
            String where = border < 1 ? "<1 m" : border < 2 ? "1–2 m" : border < 3 ? "2–3 m" : "≥3 m";
            String state = standing ? (stillFor <= 5 ? "standing, first 5 s" : stillFor <= 15 ? "standing, 6–15 s" : "standing, >15 s") : "walking";
            add(into, "all", wrong);
            add(into, (steady ? "steady" : "changing") + ", " + state, wrong);
            if (!steady && !standing) {
                boolean after = i > 0 && !zone.equals(truth.get(s - 1)) || i > 1 && !zone.equals(truth.get(s - 2))
                        || i > 2 && !zone.equals(truth.get(s - 3)) || i > 3 && !zone.equals(truth.get(s - 4)) || i > 4 && !zone.equals(truth.get(s - 5));
                add(into, "changing, walking, " + (after ? "after" : "before") + " the border, walked " + (walkingFor <= 2 ? "1–2 s" : walkingFor <= 4 ? "3–4 s" : walkingFor <= 8 ? "5–8 s" : ">8 s"), wrong);
            }
            if (steady) {
                add(into, "steady, " + (standing ? "standing" : "walking") + ", border " + where, wrong);
            }
        }
    }

    private static void add(Map<String, long[]> into, String key, boolean wrong) {
        long[] n = into.computeIfAbsent(key, k -> new long[2]);
        n[0]++;
        n[1] += wrong ? 1 : 0;
    }

    /** Distance to the nearest border between two zones (outer walls are not borders). */
    private static double toBorder(WalkStore store, double x, double y) {
        double best = Double.MAX_VALUE;
        for (int c = 1; c < store.columns(); c++) {
            best = Math.min(best, Math.abs(x - c * store.cell()));
        }
        for (int r = 1; r < store.rows(); r++) {
            best = Math.min(best, Math.abs(y - r * store.cell()));
        }
        return best;
    }
}
