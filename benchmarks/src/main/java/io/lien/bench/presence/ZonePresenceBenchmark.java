package io.lien.bench.presence;

import io.lien.gateway.GatewayMetrics;
import io.lien.gateway.SignalCleaner;
import io.lien.gateway.cleaning.PresenceTracker;
import io.lien.protocol.device.AppSightings;
import io.lien.protocol.uplink.StoreRegistry;
import io.lien.protocol.uplink.UplinkEvent;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Zone presence on walks Lien did not write (issue 23): a 3 × 2 zone floor laid out like the demo store, shoppers
 * moving under several walk models, phones hearing beacons with σ = 6 dB (and 3 dB) of noise; every second's
 * sightings go through the gateway's own cleaning pipeline in simulated time, and through a plain EWMA + hysteresis
 * reference on the same sightings in the same run. Two of the gateway's estimators are measured side by side: the
 * particle filter (its default) and the forward filter over the plan's grid ({@code presence.grid-cell-m}). One row
 * per case, ready for docs/benchmarks.md. Run: {@code ./mvnw install -DskipTests -Pbench-zones} (optional
 * {@code -Dlien.args="<shoppers> <seeds> [case indexes, e.g. 0,1] [bound-speed=<m/s>] [bound-fixtures-off=<m>] [learn-path-loss=<true|false>]"}).
 */
public final class ZonePresenceBenchmark {

    /** The forward filter's cell, as measured here (the gateway's default estimator stays the particle filter). */
    static final double GRID_CELL_M = 0.5;

    /**
     * How far from its zone's middle a fixture stands on the second floor: the reach at which the reference scores the
     * outside tester's steady seconds (98.4 %), the nearest this benchmark comes to the tester's floor.
     */
    static final double NEAR_THE_MIDDLE_M = 2.5;

    /** Nearer still: where the reference scores the tester's 94.5 % of all shopper-seconds (its steady seconds, 99.9 %, are above the tester's). */
    static final double NEARER_THE_MIDDLE_M = 1.5;

    /** The hindsight of the second bound: as far back as the gateway dates a move (5 s). */
    static final int HINDSIGHT_S = (int) (PresenceTracker.DATED_UP_TO_MS / 1000);

    /** One row: a walk model, a radio, and what the gateway assumes of the floor. */
    record Case(String name, Walks.Model model, Radio radio, LongFunction<WalkStore> floor) {
        Case(String name, Walks.Model model, Radio radio) {
            this(name, model, radio, WalkStore::demoLike);
        }

        /** Whether {@link WalkOracle}'s model is this case's: walks between fixtures, every beacon heard, phones alike. */
        boolean bounded() {
            return model == Walks.Model.SPOTS && radio.loudest() == 0 && radio.deadBeacon() == null && radio.phonesDb() == 0;
        }
    }

    static List<Case> cases() {
        Radio noisy = Radio.of(2.2, 6);
        return List.of(
                new Case("σ 6 dB, walks between fixtures", Walks.Model.SPOTS, noisy),
                new Case("σ 3 dB, walks between fixtures", Walks.Model.SPOTS, Radio.of(2.2, 3)),
                new Case("σ 6 dB, pauses near fixtures", Walks.Model.PAUSES, noisy),
                new Case("σ 6 dB, stops along zone borders", Walks.Model.BORDERS, noisy),
                new Case("σ 6 dB, groups walking together", Walks.Model.GROUPS, noisy),
                new Case("σ 6 dB, phones report the 3 loudest", Walks.Model.SPOTS, noisy.loudestOnly(3)),
                new Case("σ 6 dB, a beacon dies after 5 min", Walks.Model.SPOTS, noisy.dying("b-z01", 300)),
                new Case("σ 6 dB, floor exponent 1.8 (gateway assumes 2.2)", Walks.Model.SPOTS, Radio.of(1.8, 6)),
                new Case("σ 6 dB, floor exponent 2.6 (gateway assumes 2.2)", Walks.Model.SPOTS, Radio.of(2.6, 6)),
                new Case("σ 6 dB, phones differ by ±5 dB (σ of their gains)", Walks.Model.SPOTS, noisy.phonesDiffering(5)),
                new Case("σ 6 dB, fixtures within 2.5 m of a zone's middle", Walks.Model.SPOTS, noisy,
                        seed -> WalkStore.fixturesNearTheMiddle(seed, NEAR_THE_MIDDLE_M)),
                new Case("σ 6 dB, fixtures within 1.5 m of a zone's middle", Walks.Model.SPOTS, noisy,
                        seed -> WalkStore.fixturesNearTheMiddle(seed, NEARER_THE_MIDDLE_M)));
    }

    private ZonePresenceBenchmark() {
    }

    public static void main(String[] args) {
        int shoppers = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Told told = Told.of(java.util.Arrays.copyOfRange(args, Math.min(3, args.length), args.length));
        System.out.printf("Zone presence on independent walks — 3 × 2 zones, beacons 8 m apart, %d shoppers × %d seeds per case, "
                + "gateway defaults (%s); the bounds believe walks go at %.1f m/s (they go at %.1f), fixtures %.1f m off (σ)%n%n", shoppers,
                seeds, PresenceTracker.Settings.defaults().withLearntPathLoss(told.learnPathLoss()), told.speed(), Walks.SPEED_M_PER_S, told.fixturesOffM());
        System.out.println("| case | forward filter: shopper-seconds right | forward filter: steady seconds right | forward filter: change "
                + "reported, median / p90 | particle filter (default): right / steady | particle filter: change reported, median / p90 "
                + "| reference EWMA + hysteresis: right / steady "
                + "| reference: change median / p90 | bound (knows the walks): right / steady "
                + "| bound with " + HINDSIGHT_S + " s of hindsight: right / steady "
                + "| changes reported per true change: forward / particle / reference | µs per sighting: forward / particle |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<Case> all = cases();
        for (int i = 0; i < all.size(); i++) {
            if (args.length > 2 && !java.util.Arrays.asList(args[2].split(",")).contains(String.valueOf(i))) {
                continue; // only the cases asked for, by index
            }
            System.out.println(row(all.get(i), shoppers, seeds, told));
        }
    }

    static String row(Case c, int shoppers, int seeds, Told told) {
        PresenceScore lien = new PresenceScore();
        PresenceScore before = new PresenceScore();
        PresenceScore reference = new PresenceScore();
        PresenceScore bound = new PresenceScore();
        PresenceScore hindsight = new PresenceScore();
        long[] cost = new long[3];
        for (long seed = 1; seed <= seeds; seed++) {
            Run run = run(c, shoppers, seed, told);
            run.gateway.scoreInto(lien, run.truth);
            run.before.scoreInto(before, run.truth);
            reference.add(run.truth, run.reference);
            bound.add(run.truth, run.bound);
            hindsight.add(run.truth, run.hindsight);
            cost[0] += run.gatewayNanos;
            cost[1] += run.beforeNanos;
            cost[2] += run.sightings;
        }
        return String.format("| %s | **%.1f %%** | **%.1f %%** | %s | %.1f %% / %.1f %% | %s | %.1f %% / %.1f %% | %s | %s | %s | %.2f / %.2f / %.2f | %.0f / %.0f |",
                c.name(), lien.rightPercent(), lien.steadyPercent(), lien.delays(), before.rightPercent(), before.steadyPercent(), before.delays(),
                reference.rightPercent(), reference.steadyPercent(), reference.delays(),
                c.bounded() ? String.format("%.1f %% / %.1f %%", bound.rightPercent(), bound.steadyPercent()) : "—",
                c.bounded() ? String.format("%.1f %% / %.1f %%", hindsight.rightPercent(), hindsight.steadyPercent()) : "—",
                lien.reportedPerTrueChange(), before.reportedPerTrueChange(), reference.reportedPerTrueChange(),
                cost[0] / 1000.0 / Math.max(1, cost[2]), cost[1] / 1000.0 / Math.max(1, cost[2]));
    }

    /** One seed's walk: the truth each second, and what the gateway, its previous estimator and the reference believed. */
    record Run(Map<String, Map<Long, String>> truth, Timelines gateway, Timelines before,
               Map<String, NavigableMap<Long, String>> reference, Map<String, NavigableMap<Long, String>> bound,
               Map<String, NavigableMap<Long, String>> hindsight,
               long gatewayNanos, long beforeNanos, long sightings) {
    }

    /**
     * What the bounds are told of the walks: their pace and where the fixtures stand — the truth unless a run asks
     * otherwise ({@code bound-speed=<m/s>}, {@code bound-fixtures-off=<m>}), to measure how much of a bound is knowing
     * them exactly — and whether the gateway's particle filter uses the path-loss exponent it learns
     * ({@code learn-path-loss=<true|false>}, the gateway's default unless told; ADR 32).
     *
     * @param fixturesOffM how far each fixture the bounds believe in stands from the true one (σ along each axis)
     */
    record Told(double speed, double fixturesOffM, boolean learnPathLoss) {
        static final Told TRUTH = new Told(Walks.SPEED_M_PER_S, 0, PresenceTracker.Settings.defaults().learnPathLoss());

        static Told of(String... args) {
            Told told = TRUTH;
            for (String a : args) {
                if (a.startsWith("bound-speed=")) {
                    told = new Told(Double.parseDouble(a.substring("bound-speed=".length())), told.fixturesOffM(), told.learnPathLoss());
                } else if (a.startsWith("bound-fixtures-off=")) {
                    told = new Told(told.speed(), Double.parseDouble(a.substring("bound-fixtures-off=".length())), told.learnPathLoss());
                } else if (a.startsWith("learn-path-loss=")) {
                    told = new Told(told.speed(), told.fixturesOffM(), Boolean.parseBoolean(a.substring("learn-path-loss=".length())));
                } else {
                    throw new IllegalArgumentException("unknown argument " + a
                            + " (bound-speed=<m/s>, bound-fixtures-off=<m>, learn-path-loss=<true|false>)");
                }
            }
            return told;
        }
    }

    static Run run(Case c, int shoppers, long seed) {
        return run(c, shoppers, seed, Told.TRUTH);
    }

    static Run run(Case c, int shoppers, long seed, Told told) {
        WalkStore store = c.floor().apply(seed);
        StoreRegistry registry = store.registry("walks");
        PresenceTracker.Settings d = PresenceTracker.Settings.defaults().withLearntPathLoss(told.learnPathLoss());
        SignalCleaner gateway = new SignalCleaner(registry, d.withGrid(GRID_CELL_M, d.noiseDb(), d.switchAt()), new GatewayMetrics());
        SignalCleaner previous = new SignalCleaner(registry, d.withGrid(0, d.noiseDb(), d.switchAt()), new GatewayMetrics());
        EwmaReference reference = new EwmaReference(registry.beaconZones()::get);
        WalkStore mapped = store.withSpotsMoved(told.fixturesOffM(), seed);
        WalkOracle oracle = c.bounded() ? new WalkOracle(mapped, c.radio(), 0, told.speed()) : null;
        WalkOracle smoother = c.bounded() ? new WalkOracle(mapped, c.radio(), HINDSIGHT_S, told.speed()) : null;
        Map<String, NavigableMap<Long, String>> bound = new HashMap<>();
        Map<String, NavigableMap<Long, String>> afterwards = new HashMap<>();
        List<Walks.Walker> walkers = Walks.of(c.model(), store, shoppers, seed * 1_000 + c.name().hashCode());
        Random radio = new Random(seed);
        Map<String, Map<Long, String>> truth = new HashMap<>();
        Timelines believed = new Timelines();
        Timelines believedBefore = new Timelines();
        Map<String, NavigableMap<Long, String>> referenced = new HashMap<>();
        long end = walkers.stream().mapToLong(Walks.Walker::until).max().orElse(0) + 30;
        long nanos = 0;
        long beforeNanos = 0;
        long sightings = 0;
        long[] seq = new long[walkers.size()];
        Random phones = new Random(seed * 31);
        double[] gain = new double[walkers.size()];
        for (int w = 0; w < gain.length; w++) {
            gain[w] = c.radio().phonesDb() * phones.nextGaussian();
        }
        for (long second = 0; second < end; second++) {
            long now = second * 1000;
            for (int w = 0; w < walkers.size(); w++) {
                Walks.Walker walker = walkers.get(w);
                if (second < walker.from() || second >= walker.until()) {
                    continue;
                }
                int i = (int) (second - walker.from());
                double x = walker.x()[i];
                double y = walker.y()[i];
                truth.computeIfAbsent(walker.installId(), k -> new HashMap<>()).put(second, store.zoneAt(x, y));
                List<AppSightings.Sighting> heard = c.radio().hear(store, x, y, second, radio, gain[w]);
                if (heard.isEmpty()) {
                    continue;
                }
                AppSightings message = new AppSightings(walker.installId(), ++seq[w], now, heard);
                byte[] payload = message.toJson().getBytes(StandardCharsets.UTF_8);
                long started = System.nanoTime();
                List<UplinkEvent> events = gateway.accept("app/" + walker.installId() + "/sightings", payload, now);
                nanos += System.nanoTime() - started;
                sightings++;
                events.forEach(e -> believed.record(e, now));
                started = System.nanoTime();
                List<UplinkEvent> old = previous.accept("app/" + walker.installId() + "/sightings", payload, now);
                beforeNanos += System.nanoTime() - started;
                old.forEach(e -> believedBefore.record(e, now));
                String zone = reference.take(walker.installId(), heard);
                if (zone != null) {
                    referenced.computeIfAbsent(walker.installId(), k -> new TreeMap<>()).put(now, zone);
                }
                if (oracle != null) {
                    bound.computeIfAbsent(walker.installId(), k -> new TreeMap<>()).put(now, oracle.take(walker.installId(), heard));
                    WalkOracle.Named then = smoother.name(walker.installId(), heard);
                    afterwards.computeIfAbsent(walker.installId(), k -> new TreeMap<>()).put(now - then.secondsAgo() * 1000L, then.zone());
                }
            }
            gateway.tick(now + 999).forEach(e -> believed.record(e, now + 999));
            previous.tick(now + 999).forEach(e -> believedBefore.record(e, now + 999));
        }
        return new Run(truth, believed, believedBefore, referenced, bound, afterwards, nanos, beforeNanos, sightings);
    }
}
