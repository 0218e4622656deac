package io.lien.bench;

import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.gateway.cleaning.DeviceRateLimiter;
import io.lien.server.Application;
import io.lien.server.moments.MomentRepository;
import io.lien.server.mqtt.BrokerAddress;
import io.lien.server.signals.IngestionCounters;
import io.lien.server.signals.SignalRepository;
import io.micronaut.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * P1: device signals per second end to end — hanger button presses (QoS 1, each a clean event and
 * a moment) from the demo store's 40 hangers, each on its own authenticated connection → the
 * gateway's store broker → gateway (journal, fsync) → the server's embedded broker, stored inside it
 * → H2 — counted when every row is in the database. Reference in the same run: raw QoS 1 through
 * the local Mosquitto, before and after. Run: {@code ./mvnw install -DskipTests -Pbench-e2e}, optional
 * {@code -Dlien.args="<presses> [<per second> [<warm-up presses> [<in flight>]]]"}, default
 * {@code 200000 0 250000 400}. With a rate, the devices press at that pace (an open load, as in a
 * store) instead of as fast as the gateway acknowledges. The warm-up is measured and printed too but
 * not counted: a store's server runs for weeks, and for its first ~20 s the JIT compiler takes a
 * quarter of the two cores. In flight: 10 per hanger, the store broker's receive maximum, as each
 * device may; a smaller window measures the chain's latency (window ÷ round trip) instead.
 */
public final class EndToEndThroughputBenchmark {

    private EndToEndThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        double offered = args.length > 1 ? Double.parseDouble(args[1]) : 0;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 250_000;
        int inFlight = args.length > 3 ? Integer.parseInt(args[3]) : 400;
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        double rawBefore = rawMosquitto(n, run + "-a");

        Path data = Files.createTempDirectory("lien-e2e-bench");
        ApplicationContext server = Application.start(Map.of("lien.data-dir", data.toString(),
                "lien.mqtt.embedded-port", 0, "micronaut.server.port", -1));
        EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("demo", "gw-p1", server.getBean(BrokerAddress.class).uri(),
                data.resolve("gw")).withEmbeddedLan("127.0.0.1", 0).withRateLimit(new DeviceRateLimiter.Settings(100_000, 100_000))
                .withUplinkSecret(CentralSignIn.secret(server, "demo", "gw-p1")));
        SignalRepository signals = server.getBean(SignalRepository.class);
        HangerFleet fleet = new HangerFleet(gateway.lanUri(), inFlight);
        long warmedUp = System.nanoTime();
        fleet.press(warmUp, offered);
        awaitStored(server, signals, warmUp);
        double warmSeconds = (System.nanoTime() - warmedUp) / 1e9;
        System.out.printf("warm-up from a cold start: %,d presses stored in %.1f s, %,.0f/s (not counted below)%n",
                warmUp, warmSeconds, warmUp / warmSeconds);
        long start = System.nanoTime();
        fleet.press(n, offered);
        double pressing = (System.nanoTime() - start) / 1e9;
        long stored = awaitStored(server, signals, warmUp + n) - warmUp;
        double seconds = (System.nanoTime() - start) / 1e9;
        double e2e = stored / seconds;
        String rows = String.format("rows: %,d button signals, %,d moments (each press is one of each)",
                signals.countByStoreIdAndType("demo", "hanger.button"), server.getBean(MomentRepository.class).count());
        String counters = "gateway counters: " + gateway.metrics().snapshot();
        fleet.close();
        gateway.close();
        server.close();
        double rawAfter = rawMosquitto(n, run + "-b");
        double raw = (rawBefore + rawAfter) / 2;
        System.out.println();
        System.out.printf("End-to-end throughput (P1) — %,d button presses after %,d of warm-up, 40 authenticated hangers,"
                + " at most %d presses in flight, QoS 1, 2 cores%n", n, warmUp, inFlight);
        System.out.printf("raw Mosquitto QoS 1 (publisher → subscriber), mean of before and after: %,8.0f msg/s (%,.0f before, %,.0f after)%n",
                raw, rawBefore, rawAfter);
        System.out.printf("devices → store broker → gateway (fsync) → server broker → H2, all rows: %,8.0f msg/s (%,d stored, %d failed publishes)%n",
                e2e, stored, fleet.failed());
        System.out.printf("devices pressed %s: %,.0f/s achieved; all stored %.1f s after the last press%n",
                offered > 0 ? String.format("at an asked %,.0f/s", offered) : "as fast as acknowledged", n / pressing, seconds - pressing);
        System.out.printf("ratio end-to-end / raw: %.2f%n", e2e / raw);
        System.out.println(rows);
        System.out.println(counters);
        System.exit(0);
    }

    /**
     * The reference: the same number of QoS 1 messages through the local Mosquitto, publisher to
     * subscriber. Measured before the server starts and after it stops, so that a machine that
     * slows down or speeds up during the run moves the reference too.
     */
    private static double rawMosquitto(int n, String id) throws Exception {
        return GatewayThroughputBenchmark.measure(n, "bench/" + id + "/raw", i -> "bench/" + id + "/raw",
                i -> ("{\"n\":" + i + ",\"pad\":\"" + "x".repeat(60) + "\"}").getBytes(StandardCharsets.UTF_8), id + "-raw");
    }

    /**
     * Waits until every press is a row. Progress is watched on the server's count of committed
     * events (a counter read): counting the rows every 20 ms took ~40 % of the CPU samples of the
     * run's tail, on the cores the server needs. The rows are counted once that count is reached.
     */
    private static long awaitStored(ApplicationContext server, SignalRepository signals, long expected) throws InterruptedException {
        IngestionCounters committed = server.getBean(IngestionCounters.class);
        long deadline = System.currentTimeMillis() + 600_000;
        while (committed.snapshot().stored() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        long stored;
        while ((stored = signals.countByStoreIdAndType("demo", "hanger.button")) < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        return stored;
    }
}
