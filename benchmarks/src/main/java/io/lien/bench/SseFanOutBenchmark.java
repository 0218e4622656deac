package io.lien.bench;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.Application;
import io.lien.server.mqtt.BrokerAddress;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P5: many tablets on one store's live stream. The server runs in-process (embedded broker, H2);
 * {@code clients} SSE connections are opened on {@code /api/stores/demo/moments/stream}; a gateway
 * publishes {@code events} low-battery alerts, each of which becomes one moment; every client must
 * receive every moment, in order. Latency = receipt at a client − publish by the gateway. The same
 * is measured first with a single client, the reference. Run: {@code ./mvnw install -DskipTests -Pbench-sse}.
 */
public final class SseFanOutBenchmark {

    private SseFanOutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int perSecond = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path data = Files.createTempDirectory("lien-sse-bench");
        ApplicationContext server = Application.start(Map.of("lien.data-dir", data.toString(),
                "lien.mqtt.embedded-port", 0, "micronaut.server.port", -1));
        String base = "http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort();
        String token = token(base);
        MqttClient gateway = new MqttClient(server.getBean(BrokerAddress.class).uri(), CentralSignIn.clientId("demo", "gw-sse-bench"),
                new MemoryPersistence());
        gateway.connect(CentralSignIn.options(server, "demo", "gw-sse-bench"));
        long[] seq = {1};

        Result one = run(base, token, gateway, seq, 1, events, perSecond);
        Result many = run(base, token, gateway, seq, clients, events, perSecond);
        System.out.println();
        System.out.printf("SSE fan-out — %d moments at %d/s to one store's stream; server, broker and clients in one JVM%n", events, perSecond);
        System.out.println("reference, 1 client:  " + one);
        System.out.printf("%d clients:          %s%n", clients, many);
        gateway.disconnect();
        server.close();
        System.exit(0);
    }

    record Result(long expected, long delivered, double p50, double p99, double max) {
        @Override
        public String toString() {
            return String.format("%,d / %,d deliveries; delay p50 %.1f ms, p99 %.1f ms, max %.1f ms", delivered, expected, p50, p99, max);
        }
    }

    private static Result run(String base, String token, MqttClient gateway, long[] seq, int clients, int events, int perSecond)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<SseArrivals> listeners = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SseArrivals l = new SseArrivals();
            listeners.add(l);
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/stores/demo/moments/stream"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(l));
        }
        // a warm-up moment tells when every client is listening
        long warmDeadline = System.currentTimeMillis() + 60_000;
        while (listeners.stream().anyMatch(l -> l.count.get() == 0) && System.currentTimeMillis() < warmDeadline) {
            publish(gateway, seq, 19);
            Thread.sleep(500);
        }
        Thread.sleep(500);
        listeners.forEach(SseArrivals::reset);
        long[] published = new long[events];
        long start = System.nanoTime();
        for (int i = 0; i < events; i++) {
            long due = start + i * 1_000_000_000L / perSecond;
            while (System.nanoTime() < due) {
                Thread.sleep(1);
            }
            published[i] = System.nanoTime();
            publish(gateway, seq, 1 + i % 18);
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (listeners.stream().anyMatch(l -> l.count.get() < events) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        List<Double> delays = new ArrayList<>();
        long delivered = 0;
        for (SseArrivals l : listeners) {
            List<Long> at = new ArrayList<>(l.arrivals);
            delivered += Math.min(at.size(), events);
            for (int i = 0; i < Math.min(at.size(), events); i++) {
                delays.add((at.get(i) - published[i]) / 1e6);
            }
            l.cancel();
        }
        Collections.sort(delays);
        return new Result((long) clients * events, delivered, Percentile.of(delays, 50), Percentile.of(delays, 99),
                delays.isEmpty() ? Double.NaN : delays.get(delays.size() - 1));
    }

    private static void publish(MqttClient gateway, long[] seq, int battery) throws Exception {
        UplinkEnvelope e = UplinkEnvelope.of("demo", "gw-sse-bench", seq[0]++, System.currentTimeMillis(),
                new UplinkEvent.DeviceStatus("b-coats", "beacon", battery));
        gateway.publish(e.topic(), e.toBytes(), 1, false);
    }


    static String token(String base) throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"lea\",\"password\":\"lien-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token: " + body);
        }
        return m.group(1);
    }
}
