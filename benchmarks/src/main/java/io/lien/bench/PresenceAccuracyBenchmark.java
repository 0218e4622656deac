package io.lien.bench;

import io.lien.bench.presence.PresenceScore;
import io.lien.bench.presence.Timelines;
import io.lien.gateway.GatewayMetrics;
import io.lien.gateway.SignalCleaner;
import io.lien.gateway.cleaning.PresenceTracker;
import io.lien.protocol.uplink.StoreRegistry;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.sim.DeviceLink;
import io.lien.sim.LargeStore;
import io.lien.sim.Progress;
import io.lien.sim.ScenarioRunner;
import io.lien.sim.Shopper;
import io.lien.sim.StoreLayout;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Zone presence accuracy against ground truth: a generated store (60 beacons 8 m apart, 3,000
 * hangers), shoppers wandering from zone to zone, beacon sightings with σ = 3 dB noise (±6 dB at
 * 95 %), fed message by message into the gateway's own cleaning pipeline in simulated time (so the
 * figures don't depend on this machine's speed). Reports the share of shopper-seconds in the right
 * zone and the delay of zone changes. Run: {@code ./mvnw install -DskipTests -Pbench-presence}.
 */
public final class PresenceAccuracyBenchmark {

    private PresenceAccuracyBenchmark() {
    }

    /**
     * Args (all optional): shoppers (200), seed (7), then {@code key=value}: {@code pathLoss=} the
     * gateway's assumed exponent (its default), {@code simPathLoss=} the simulated floor's (2.2),
     * {@code confirmations=}, {@code particles=}. Each run measures the estimator with the beacons
     * placed on the plan and, as the reference, the loudest-zone estimator without the plan.
     */
    public static void main(String[] args) {
        int shoppers = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
        Map<String, String> opts = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            opts.put(kv[0], kv[1]);
        }
        PresenceTracker.Settings d = PresenceTracker.Settings.defaults();
        PresenceTracker.Settings presence = new PresenceTracker.Settings(
                Double.parseDouble(opts.getOrDefault("alpha", String.valueOf(d.alpha()))),
                Integer.parseInt(opts.getOrDefault("confirmations", String.valueOf(d.confirmations()))), d.leaveAfterMs(),
                Double.parseDouble(opts.getOrDefault("pathLoss", String.valueOf(d.pathLossExponent()))),
                Integer.parseInt(opts.getOrDefault("particles", String.valueOf(d.particles()))),
                Double.parseDouble(opts.getOrDefault("grid", String.valueOf(d.gridCellM()))), d.noiseDb(), d.switchAt(),
                Boolean.parseBoolean(opts.getOrDefault("learnPathLoss", String.valueOf(d.learnPathLoss()))));
        double simPathLoss = Double.parseDouble(opts.getOrDefault("simPathLoss", "2.2"));
        StoreLayout layout = LargeStore.layout("bench", 60, 3_000, 20, 10);
        StoreRegistry placed = LayoutRegistry.of(layout);
        System.out.printf("Presence accuracy — %d shoppers (seed %d), 60 beacons 8 m apart, σ = 3 dB (±6 dB at 95 %%), floor path-loss exponent %.1f%n",
                shoppers, seed, simPathLoss);
        run("position estimate, beacons on the plan (" + settings(presence) + ")", layout, placed, presence, shoppers, seed, simPathLoss);
        if (presence.gridCellM() > 0) {
            PresenceTracker.Settings particles = presence.withGrid(0, presence.noiseDb(), presence.switchAt());
            run("before: particle filter, beacons on the plan (" + settings(particles) + ")", layout, placed, particles, shoppers, seed,
                    simPathLoss);
        }
        run("reference: loudest zone, no plan (α = " + presence.alpha() + ")", layout, placed.withBeaconPositions(Map.of()), presence,
                shoppers, seed, simPathLoss);
    }

    private static void run(String title, StoreLayout layout, StoreRegistry registry, PresenceTracker.Settings presence,
                            int shoppers, long seed, double simPathLoss) {
        List<Shopper> people = LargeStore.shoppers(layout, shoppers, 900, seed);
        SignalCleaner cleaner = new SignalCleaner(registry, presence, new GatewayMetrics());
        long[] now = {0};
        long[] sightings = {0};
        Timelines believed = new Timelines();
        Map<String, Map<Long, String>> truth = new HashMap<>();
        int[] presenceEvents = {0};
        DeviceLink link = new DeviceLink() {
            @Override
            public void publish(String deviceId, String topic, String payload, int qos) {
                if (topic.startsWith("app/")) {
                    sightings[0]++;
                }
                cleaner.accept(topic, payload.getBytes(StandardCharsets.UTF_8), now[0]).forEach(e -> presenceEvents[0] += believed.record(e, now[0]) ? 1 : 0);
            }

            @Override
            public void close() {
            }
        };
        Map<String, double[]> lastPosition = new HashMap<>();
        Map<String, java.util.Set<Long>> walking = new HashMap<>();
        ScenarioRunner runner = new ScenarioRunner(layout, people, link, seed, 0).withPathLoss(simPathLoss)
                .recordingTruth((second, install, zone, x, y) -> {
                    truth.computeIfAbsent(install, k -> new HashMap<>()).put(second, zone);
                    double[] last = lastPosition.put(install, new double[]{x, y});
                    if (last != null && Math.hypot(x - last[0], y - last[1]) > 0.1) {
                        walking.computeIfAbsent(install, k -> new java.util.HashSet<>()).add(second);
                    }
                });
        Progress progress = new Progress(title.substring(0, title.indexOf(',')), 3_600);
        long cpuStart = System.nanoTime();
        while (!runner.finished()) {
            now[0] = runner.now();
            runner.tick();
            cleaner.tick(now[0] + 999).forEach(e -> presenceEvents[0] += believed.record(e, now[0] + 999) ? 1 : 0);
            progress.update(runner.second());
        }
        progress.done();
        long elapsedMs = (System.nanoTime() - cpuStart) / 1_000_000;
        report(title, truth, believed, sightings[0], presenceEvents[0], runner.messagesSent(), elapsedMs);
        reportWalking(truth, believed.dated, walking);
    }

    private static void report(String title, Map<String, Map<Long, String>> truth, Timelines believed,
                               long sightings, int presenceEvents, long messages, long elapsedMs) {
        PresenceScore score = new PresenceScore();
        believed.scoreInto(score, truth);
        System.out.println();
        System.out.println("== " + title);
        System.out.printf("shopper-seconds in the store: %d; in the right zone: %.1f %%%n", score.seconds(), score.rightPercent());
        System.out.printf("zone changes (stays ≥ %d s): %d; reported within: median / p90 %s%n", PresenceScore.AROUND_S,
                score.changes(), score.delays());
        System.out.printf("sightings messages: %d → presence events: %d (%.1f %% of sightings); all device messages: %d%n",
                sightings, presenceEvents, 100.0 * presenceEvents / Math.max(1, sightings), messages);
        System.out.printf("whole simulated hour (simulator + gateway cleaning) took %.1f s on this machine%n", elapsedMs / 1000.0);
    }

    /** Where the errors are: the seconds a shopper stood, and those they walked. */
    private static void reportWalking(Map<String, Map<Long, String>> truth, Map<String, NavigableMap<Long, String>> believed,
                                      Map<String, java.util.Set<Long>> walking) {
        long[] standing = new long[2];
        long[] moving = new long[2];
        truth.forEach((install, zones) -> zones.forEach((second, zone) -> {
            if (zone == null) {
                return;
            }
            Map.Entry<Long, String> b = believed.getOrDefault(install, new TreeMap<>()).floorEntry(second * 1000 + 999);
            long[] bucket = walking.getOrDefault(install, java.util.Set.of()).contains(second) ? moving : standing;
            bucket[0]++;
            bucket[1] += b != null && zone.equals(b.getValue()) ? 1 : 0;
        }));
        System.out.printf("standing: %d shopper-seconds, %.1f %% right; walking: %d, %.1f %% right%n", standing[0],
                100.0 * standing[1] / Math.max(1, standing[0]), moving[0], 100.0 * moving[1] / Math.max(1, moving[0]));
    }

    private static String settings(PresenceTracker.Settings s) {
        return (s.gridCellM() > 0 ? "forward filter on a grid of " + s.gridCellM() + " m cells (or larger)" : s.particles() + " particles")
                + ", assumed path-loss exponent " + s.pathLossExponent() + ", " + s.confirmations()
                + " confirmation(s), leave after " + s.leaveAfterMs() / 1000 + " s";
    }
}
