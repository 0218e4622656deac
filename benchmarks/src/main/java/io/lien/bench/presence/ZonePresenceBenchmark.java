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

/**
 * Zone presence on walks Lien did not write (issue 23): a 3 × 2 zone floor laid out like the demo store, shoppers
 * moving under several walk models, phones hearing beacons with σ = 6 dB (and 3 dB) of noise; every second's
 * sightings go through the gateway's own cleaning pipeline in simulated time, and through a plain EWMA + hysteresis
 * reference on the same sightings in the same run. One row per case, ready for docs/benchmarks.md.
 * Run: {@code ./mvnw install -DskipTests -Pbench-zones} (optional {@code -Dlien.args="<shoppers> <seeds>"}).
 */
public final class ZonePresenceBenchmark {

    /** One row: a walk model, a radio, and what the gateway assumes of the floor. */
    record Case(String name, Walks.Model model, Radio radio) {
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
                new Case("σ 6 dB, floor exponent 2.6 (gateway assumes 2.2)", Walks.Model.SPOTS, Radio.of(2.6, 6)));
    }

    private ZonePresenceBenchmark() {
    }

    public static void main(String[] args) {
        int shoppers = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("Zone presence on independent walks — 3 × 2 zones, beacons 8 m apart, %d shoppers × %d seeds per case, "
                + "gateway defaults (%s)%n%n", shoppers, seeds, PresenceTracker.Settings.defaults());
        System.out.println("| case | Lien: shopper-seconds right | Lien: steady seconds right | Lien: change reported, median / p90 "
                + "| reference EWMA + hysteresis: right / steady | reference: change median / p90 | gateway µs per sighting |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Case c : cases()) {
            System.out.println(row(c, shoppers, seeds));
        }
    }

    static String row(Case c, int shoppers, int seeds) {
        PresenceScore lien = new PresenceScore();
        PresenceScore reference = new PresenceScore();
        long[] cost = new long[2];
        for (long seed = 1; seed <= seeds; seed++) {
            Run run = run(c, shoppers, seed);
            lien.add(run.truth, run.gateway);
            reference.add(run.truth, run.reference);
            cost[0] += run.gatewayNanos;
            cost[1] += run.sightings;
        }
        return String.format("| %s | **%.1f %%** | **%.1f %%** | %s | %.1f %% / %.1f %% | %s | %.0f |", c.name(), lien.rightPercent(),
                lien.steadyPercent(), lien.delays(), reference.rightPercent(), reference.steadyPercent(), reference.delays(),
                cost[0] / 1000.0 / Math.max(1, cost[1]));
    }

    /** One seed's walk: the truth each second, and what the gateway and the reference believed. */
    record Run(Map<String, Map<Long, String>> truth, Map<String, NavigableMap<Long, String>> gateway,
               Map<String, NavigableMap<Long, String>> reference, long gatewayNanos, long sightings) {
    }

    static Run run(Case c, int shoppers, long seed) {
        WalkStore store = WalkStore.demoLike(seed);
        StoreRegistry registry = store.registry("walks");
        SignalCleaner gateway = new SignalCleaner(registry, PresenceTracker.Settings.defaults(), new GatewayMetrics());
        EwmaReference reference = new EwmaReference(registry.beaconZones()::get);
        List<Walks.Walker> walkers = Walks.of(c.model(), store, shoppers, seed * 1_000 + c.name().hashCode());
        Random radio = new Random(seed);
        Map<String, Map<Long, String>> truth = new HashMap<>();
        Map<String, NavigableMap<Long, String>> believed = new HashMap<>();
        Map<String, NavigableMap<Long, String>> referenced = new HashMap<>();
        long end = walkers.stream().mapToLong(Walks.Walker::until).max().orElse(0) + 30;
        long nanos = 0;
        long sightings = 0;
        long[] seq = new long[walkers.size()];
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
                List<AppSightings.Sighting> heard = c.radio().hear(store, x, y, second, radio);
                if (heard.isEmpty()) {
                    continue;
                }
                AppSightings message = new AppSightings(walker.installId(), ++seq[w], now, heard);
                byte[] payload = message.toJson().getBytes(StandardCharsets.UTF_8);
                long started = System.nanoTime();
                List<UplinkEvent> events = gateway.accept("app/" + walker.installId() + "/sightings", payload, now);
                nanos += System.nanoTime() - started;
                sightings++;
                events.forEach(e -> record(e, now, believed));
                String zone = reference.take(walker.installId(), heard);
                if (zone != null) {
                    referenced.computeIfAbsent(walker.installId(), k -> new TreeMap<>()).put(now, zone);
                }
            }
            gateway.tick(now + 999).forEach(e -> record(e, now + 999, believed));
        }
        return new Run(truth, believed, referenced, nanos, sightings);
    }

    private static void record(UplinkEvent e, long at, Map<String, NavigableMap<Long, String>> believed) {
        if (e instanceof UplinkEvent.ShopperPresence p) {
            believed.computeIfAbsent(p.installId(), k -> new TreeMap<>()).put(at, p.change().equals("leave") ? "" : p.zone());
        }
    }
}
