package io.lien.bench;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.Application;
import io.lien.server.mqtt.BrokerAddress;
import io.lien.server.signals.SignalRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * P2: a hanger lift → its moment on a tablet's SSE stream, while other gateways send a steady
 * background of signals that make no moment (presence moves of anonymous shoppers, device
 * statuses). Latency = receipt of the moment's data line − publish of the lift. Measured first
 * without background (the reference), then with it. Server, broker and clients in one JVM.
 * Run: {@code ./mvnw install -DskipTests -Pbench-lift} (args: lifts, lifts per second, background per second).
 */
public final class LiftLatencyBenchmark {

    private LiftLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int lifts = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int liftsPerSecond = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int background = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Path data = Files.createTempDirectory("lien-lift-bench");
        ApplicationContext server = Application.start(Map.of("lien.data-dir", data.toString(),
                "lien.mqtt.embedded-port", 0, "micronaut.server.port", -1));
        String base = "http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort();
        String broker = server.getBean(BrokerAddress.class).uri();
        MqttClient gateway = new MqttClient(broker, CentralSignIn.clientId("demo", "gw-lift-bench"), new MemoryPersistence());
        gateway.connect(CentralSignIn.options(server, "demo", "gw-lift-bench"));
        long[] seq = {1};
        SseArrivals tablet = new SseArrivals();
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/stores/demo/moments/stream"))
                        .header("Authorization", "Bearer " + SseFanOutBenchmark.token(base)).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(tablet));

        run(gateway, seq, tablet, 100, liftsPerSecond); // warm-up: JIT, connections, caches
        Result quiet = run(gateway, seq, tablet, lifts / 2, liftsPerSecond);
        BackgroundGateway load = new BackgroundGateway(broker, CentralSignIn.options(server, "demo", "gw-background"), background);
        load.start();
        Thread.sleep(3_000);
        long sentBefore = load.sent.get();
        long startedAt = System.nanoTime();
        Result loaded = run(gateway, seq, tablet, lifts, liftsPerSecond);
        double rate = (load.sent.get() - sentBefore) / ((System.nanoTime() - startedAt) / 1e9);
        load.stop();
        SignalRepository signals = server.getBean(SignalRepository.class);
        long expected = seq[0] - 1 + load.sent.get();
        long drainDeadline = System.currentTimeMillis() + 60_000;
        while (signals.countByStoreId("demo") < expected && System.currentTimeMillis() < drainDeadline) {
            Thread.sleep(100);
        }
        System.out.println();
        System.out.printf("Lift → SSE moment — %d lifts at %d/s, one tablet; server, broker and clients in one JVM%n", lifts, liftsPerSecond);
        System.out.println("reference, no background:       " + quiet);
        System.out.printf("with %,.0f background signals/s: %s%n", rate, loaded);
        System.out.printf("stored: %,d of %,d signals sent (lifts, put-backs, background)%n", signals.countByStoreId("demo"), expected);
        gateway.disconnect();
        server.close();
        System.exit(0);
    }

    record Result(int lifts, int received, double p50, double p99, double max) {
        @Override
        public String toString() {
            return String.format("%d / %d moments; p50 %.1f ms, p99 %.1f ms, max %.1f ms", received, lifts, p50, p99, max);
        }
    }

    private static Result run(MqttClient gateway, long[] seq, SseArrivals tablet, int lifts, int perSecond)
            throws Exception {
        tablet.reset();
        long[] published = new long[lifts];
        long start = System.nanoTime();
        for (int i = 0; i < lifts; i++) {
            long due = start + i * 1_000_000_000L / perSecond;
            while (System.nanoTime() < due) {
                Thread.sleep(1);
            }
            String hanger = String.format("h-%03d", 1 + i % 40);
            published[i] = System.nanoTime();
            publish(gateway, seq, new UplinkEvent.HangerLifted(hanger, 80));
            publish(gateway, seq, new UplinkEvent.HangerPutBack(hanger, 2_000));
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (tablet.arrivals.size() < lifts && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        List<Long> at = new ArrayList<>(tablet.arrivals);
        List<Double> delays = new ArrayList<>();
        for (int i = 0; i < Math.min(at.size(), lifts); i++) {
            delays.add((at.get(i) - published[i]) / 1e6);
        }
        Collections.sort(delays);
        return new Result(lifts, delays.size(), Percentile.of(delays, 50), Percentile.of(delays, 99), delays.isEmpty() ? Double.NaN : delays.get(delays.size() - 1));
    }

    private static void publish(MqttClient gateway, long[] seq, UplinkEvent event) throws Exception {
        UplinkEnvelope e = UplinkEnvelope.of("demo", "gw-lift-bench", seq[0]++, System.currentTimeMillis(), event);
        gateway.publish(e.topic(), e.toBytes(), 1, false);
    }
}
